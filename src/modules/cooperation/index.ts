/** Public entry of the cooperation module: networks and working groups, meetings, documents, agreements. */
export { COMPOSITION_TEMPLATES } from './composition.ts';
export { type DemoCooperation, loadDemoCooperation } from './demo.ts';
export { cooperationPolicy } from './policy.ts';
export { cooperationRoutes } from './routes.ts';
export {
  addMember,
  agreementsOfOrganisation,
  cooperationTies,
  createAgreement,
  createMeeting,
  createNetwork,
  membershipsOfOrganisation,
  networkMemberIds,
  type Tie,
} from './service.ts';
