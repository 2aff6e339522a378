import { beforeEach, describe, expect, it, vi } from 'vitest';

const invoke = vi.fn();
vi.mock('@tauri-apps/api/core', () => ({
  invoke: (...args: unknown[]) => invoke(...args),
  Channel: class {
    onmessage: (message: unknown) => void = () => {};
  },
}));

const { ApiError, toApiError, workspaceStatus } = await import('./api');

describe('toApiError', () => {
  it('keeps code and message of a serialized AppError', () => {
    const error = toApiError({ code: 'wrong_key', message: 'the key does not open this workspace' });
    expect(error).toBeInstanceOf(ApiError);
    expect(error.code).toBe('wrong_key');
    expect(error.message).toBe('the key does not open this workspace');
  });

  it('maps a plain string rejection from the IPC layer to code "ipc"', () => {
    const error = toApiError('workspace_status not allowed. Permissions associated with this command: []');
    expect(error.code).toBe('ipc');
    expect(error.message).toContain('not allowed');
  });

  it('maps anything else to code "unknown" without losing the text', () => {
    expect(toApiError(new TypeError('boom'))).toMatchObject({ code: 'unknown', message: 'boom' });
    expect(toApiError(42)).toMatchObject({ code: 'unknown', message: '42' });
    expect(toApiError({ code: 7 })).toMatchObject({ code: 'unknown' });
  });
});

describe('workspaceStatus', () => {
  beforeEach(() => invoke.mockReset());

  it('invokes the workspace_status command and returns its result', async () => {
    const view = { name: 'acme', path: '/w/acme.waypoint', status: { accounts: 3 } };
    invoke.mockResolvedValueOnce(view);
    await expect(workspaceStatus()).resolves.toBe(view);
    expect(invoke).toHaveBeenCalledWith('workspace_status', undefined);
  });

  it('rejects with an ApiError carrying the backend code', async () => {
    invoke.mockRejectedValueOnce({ code: 'not_a_workspace', message: '/tmp/x is not a Waypoint workspace' });
    await expect(workspaceStatus()).rejects.toMatchObject({
      name: 'ApiError',
      code: 'not_a_workspace',
      message: '/tmp/x is not a Waypoint workspace',
    });
  });
});
