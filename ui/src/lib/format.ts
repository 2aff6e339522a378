// Pure presentation helpers: counts and the wording of errors; no I/O here.
import type { Status } from './bindings/Status';

const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** A row count for display: grouped thousands, e.g. 12345 -> "12,345". */
export function formatCount(count: number): string {
  if (!Number.isFinite(count) || count < 0) return '–';
  return integer.format(Math.trunc(count));
}

export interface CountTile {
  key: keyof Status;
  label: string;
  value: string;
}

/** Labels for every field of the generated Status type, as nouns that read after a count
 *  ("300 accounts"); a new field fails to type-check here. */
export const STATUS_LABELS: Record<keyof Status, string> = {
  accounts: 'accounts',
  owners: 'owners',
  subscriptions: 'subscriptions',
  contacts: 'contacts',
  modules: 'modules',
  users: 'users',
  tickets: 'tickets',
  nps_responses: 'NPS responses',
  milestones: 'milestones',
  events: 'events',
  usage_days: 'usage days',
};

/** The row counts of a workspace, in the order of STATUS_LABELS. */
export function statusTiles(status: Status): CountTile[] {
  return (Object.keys(STATUS_LABELS) as (keyof Status)[]).map((key) => ({
    key,
    label: STATUS_LABELS[key],
    value: formatCount(status[key]),
  }));
}

/** Wording for the error view, switched on the stable error code (never on the message). */
export interface ErrorCopy {
  title: string;
  hint: string;
}

export function errorCopy(code: string): ErrorCopy {
  switch (code) {
    case 'wrong_key':
      return {
        title: 'This workspace could not be unlocked',
        hint: 'The key does not match. Check WAYPOINT_PASSPHRASE or the key saved in your system keyring.',
      };
    case 'no_key_source':
      return {
        title: 'No key to unlock the workspace',
        hint: 'Set WAYPOINT_PASSPHRASE, or unlock your system keyring, then retry.',
      };
    case 'not_a_workspace':
      return {
        title: 'No Waypoint workspace here',
        hint: 'Point WAYPOINT_WORKSPACE at a workspace created with the waypoint command-line tool.',
      };
    case 'workspace_not_found':
      return {
        title: 'The workspace file does not exist yet',
        hint: 'Create it with the waypoint command-line tool, or point WAYPOINT_WORKSPACE at an existing workspace.',
      };
    case 'no_key_in_keyring':
      return {
        title: 'Your keyring has no key for this workspace',
        hint: 'If the workspace was created with a passphrase, set WAYPOINT_PASSPHRASE, then retry.',
      };
    case 'keyring':
      return { title: 'The system keyring could not be used', hint: 'Unlock your keyring, or set WAYPOINT_PASSPHRASE, then retry.' };
    case 'migrate':
      return {
        title: 'The workspace could not be upgraded',
        hint: 'It may come from a newer Waypoint. Nothing was changed; the details are below.',
      };
    case 'io':
      return { title: 'The workspace could not be read', hint: 'Check that the file exists and that you may read it.' };
    case 'db':
      return { title: 'The workspace database reported an error', hint: 'The details below may help; retrying is safe.' };
    case 'ipc':
      return { title: 'The app refused this request', hint: 'This is a bug in Waypoint; please report it.' };
    default:
      return { title: 'Something went wrong', hint: 'The details below may help; retrying is safe.' };
  }
}
