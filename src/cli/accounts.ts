import type { Command } from 'commander';
import * as accounts from '../platform/auth/service.ts';
import { backup, restore } from '../platform/backup/backup.ts';
import { loadConfig } from '../platform/config.ts';
import type { Database } from '../platform/db/database.ts';
import { openDatabase } from '../platform/db/open.ts';
import { AppError } from '../platform/errors.ts';
import { formatCount, textTable } from './format.ts';
import { remoteBackup, remoteJson, runningServer } from './remote.ts';

/** `user …`, `backup`, `restore`: accounts and backups from the command line. */

async function withPlainDatabase<T>(work: (db: Database) => Promise<T>): Promise<T> {
  const opened = await openDatabase(loadConfig(), 'cli');
  try {
    return await work(opened.db);
  } finally {
    await opened.close();
  }
}

/** Local database, or the running server that holds the embedded one (as this machine's admin). */
async function locallyOrRemote<T>(
  local: (db: Database) => Promise<T>,
  remote: (serverUrl: string) => Promise<T>,
): Promise<T> {
  try {
    return await withPlainDatabase(local);
  } catch (error) {
    const serverUrl = await runningServer(error);
    if (!serverUrl) throw error;
    process.stderr.write(
      `Hinweis: Die Datenbank wird vom laufenden Server verwendet; der Befehl läuft über ${serverUrl}.\n`,
    );
    return remote(serverUrl);
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  // One trailing line break (echo, printf with \n, a file) is not part of the password.
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

export function accountCommands(program: Command): void {
  const user = program.command('user').description('Konten verwalten (Anmeldung an der Weboberfläche)');

  user
    .command('add')
    .description('Legt ein Konto an')
    .requiredOption('--email <email>', 'E-Mail-Adresse (Anmeldename)')
    .requiredOption('--role <role>', 'admin, editor, partner oder viewer')
    .option('--name <name>', 'Anzeigename')
    .option('--organisation <id>', 'Organisation (für Partner-Konten)')
    .option('--password-stdin', 'Passwort von der Standardeingabe lesen (mindestens 12 Zeichen)')
    .option('--sso', 'ohne Passwort: Anmeldung nur über Single Sign-on')
    .action(
      async (options: {
        email: string;
        role: string;
        name?: string;
        organisation?: string;
        passwordStdin?: boolean;
        sso?: boolean;
      }) => {
        if (!options.passwordStdin && !options.sso) {
          throw new AppError('validation', {
            message: 'no password source',
            userMessage:
              'Bitte das Passwort über --password-stdin übergeben (z. B. printf %s "$PASSWORT" | bildungsregion user add … --password-stdin) oder --sso angeben.',
          });
        }
        const password = options.passwordStdin ? await readStdin() : null;
        const input = {
          email: options.email,
          role: options.role,
          password,
          ...(options.name ? { displayName: options.name } : {}),
          ...(options.organisation ? { organisationId: options.organisation } : {}),
        };
        const created = await locallyOrRemote(
          (db) => accounts.createUser(db, input),
          (url) => remoteJson<accounts.User>(url, 'POST', '/api/v1/users', input),
        );
        process.stdout.write(`Konto angelegt: ${created.email} (${created.role})\n`);
      },
    );

  user
    .command('list')
    .description('Listet die Konten')
    .option('--format <format>', 'table oder json', 'table')
    .action(async (options: { format: string }) => {
      const users = await locallyOrRemote(
        (db) => accounts.listUsers(db),
        async (url) => (await remoteJson<{ items: accounts.User[] }>(url, 'GET', '/api/v1/users')).items,
      );
      if (options.format === 'json') {
        process.stdout.write(`${JSON.stringify(users, null, 2)}\n`);
        return;
      }
      if (users.length === 0) {
        process.stdout.write(
          'Noch kein Konto. Erstes Admin-Konto: printf %s "$PASSWORT" | bildungsregion user add --email ADRESSE --role admin --password-stdin\n',
        );
        return;
      }
      process.stdout.write(
        `${textTable(
          ['E-Mail', 'Name', 'Rolle', 'Status', 'Anmeldung', 'angelegt'],
          users.map((u) => [
            u.email,
            u.displayName,
            u.role,
            u.disabled ? 'gesperrt' : 'aktiv',
            u.sso ? 'Single Sign-on' : 'Passwort',
            u.createdAt.slice(0, 10),
          ]),
        )}\n`,
      );
    });

  user
    .command('disable')
    .description('Sperrt ein Konto und beendet seine Sitzungen')
    .argument('[email]', 'E-Mail-Adresse des Kontos')
    .option('--email <email>', 'E-Mail-Adresse des Kontos')
    .action(async (email: string | undefined, options: { email?: string }) => {
      const target = email ?? options.email;
      if (!target) {
        throw new AppError('validation', {
          message: 'no e-mail',
          userMessage: 'Bitte die E-Mail-Adresse des Kontos angeben: bildungsregion user disable ADRESSE',
        });
      }
      const disabled = await locallyOrRemote(
        async (db) => {
          const found = await accounts.findUser(db, target);
          return accounts.updateUser(db, found.id, { version: found.version, disabled: true }, null);
        },
        async (url) => {
          const { items } = await remoteJson<{ items: accounts.User[] }>(url, 'GET', '/api/v1/users');
          const found = items.find((u) => u.email.toLowerCase() === target.toLowerCase());
          if (!found) {
            throw new AppError('not_found', {
              message: `user ${target} not found`,
              userMessage: `Kein Konto „${target}“ gefunden.`,
            });
          }
          return remoteJson<accounts.User>(url, 'PATCH', `/api/v1/users/${encodeURIComponent(found.id)}`, {
            version: found.version,
            disabled: true,
          });
        },
      );
      process.stdout.write(`Konto gesperrt: ${disabled.email}\n`);
    });

  program
    .command('backup')
    .description(
      'Sichert die gesamte Datenbank in eine Datei (gzip; PGlite und PostgreSQL; auch während der Server läuft)',
    )
    .argument('<file>', 'Zieldatei, z. B. bildungsregion-2026-11-22.backup.gz')
    .action(async (file: string) => {
      const summary = await locallyOrRemote(
        (db) => backup(db, file),
        async (url) => ({ file, ...(await remoteBackup(url, file)) }),
      );
      process.stdout.write(
        `Sicherung geschrieben: ${summary.file} (${summary.tables} Tabellen, ${formatCount(summary.rows)} Zeilen)\n`,
      );
    });

  program
    .command('restore')
    .description('Stellt eine Sicherung wieder her: ersetzt den gesamten Inhalt der Datenbank')
    .argument('<file>', 'Sicherungsdatei von „bildungsregion backup“')
    .action(async (file: string) => {
      const summary = await withPlainDatabase((db) => restore(db, file));
      process.stdout.write(
        `Sicherung wiederhergestellt: ${summary.file} (${summary.tables} Tabellen, ${formatCount(summary.rows)} Zeilen)\n`,
      );
    });
}
