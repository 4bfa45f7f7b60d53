import type { WriteTransaction } from '../../platform/db/database.ts';
import { compositionTemplate } from './composition.ts';
import * as repo from './repository.ts';

/** Networks, memberships, meetings and agreements of the shipped demo file (inside the loader's transaction). */
export interface DemoCooperation {
  networks: {
    id: string;
    name: string;
    kind: string;
    topic?: string;
    description?: string;
    template?: string;
    members: { organisationId: string; position?: string; joinedOn?: string }[];
    meetings: {
      heldOn: string;
      title: string;
      agenda?: string;
      minutes?: string;
      attendance: string[];
      decisions: string[];
      tasks: { title: string; ownerOrganisationId?: string; dueOn?: string; status: string }[];
    }[];
  }[];
  agreements: {
    id: string;
    title: string;
    kind: string;
    signedOn?: string;
    validFrom?: string;
    validTo?: string;
    goals: string[];
    legalBasis?: string;
    foundedNetworkId?: string;
    source?: string;
    signatories: string[];
  }[];
}

export async function loadDemoCooperation(tx: WriteTransaction, data: DemoCooperation): Promise<void> {
  for (const network of data.networks) {
    await repo.insertNetwork(tx, network.id, network, true);
    const template = network.template ? compositionTemplate(network.template) : undefined;
    if (network.template && !template)
      throw new Error(`demo network ${network.id}: unknown template ${network.template}`);
    await repo.replaceExpectedGroups(tx, network.id, template?.groups ?? []);
    for (const [i, member] of network.members.entries())
      await repo.insertMember(tx, `${network.id}-m${i + 1}`, { networkId: network.id, ...member });
    for (const meeting of network.meetings) {
      const id = `${network.id}-${meeting.heldOn}`;
      await repo.insertMeeting(tx, id, { networkId: network.id, ...meeting }, true);
      await repo.insertAttendance(
        tx,
        id,
        meeting.attendance.map((organisationId, i) => ({
          id: `${id}-a${i + 1}`,
          organisationId,
          personId: null,
        })),
      );
      for (const [i, text] of meeting.decisions.entries())
        await repo.insertDecision(tx, `${id}-d${i + 1}`, id, text);
      for (const [i, task] of meeting.tasks.entries()) await repo.insertTask(tx, `${id}-t${i + 1}`, id, task);
    }
  }
  for (const agreement of data.agreements) {
    await repo.insertAgreement(tx, agreement.id, agreement, true);
    await repo.insertSignatories(
      tx,
      agreement.id,
      agreement.signatories.map((organisationId) => ({ organisationId, personId: null })),
    );
  }
}
