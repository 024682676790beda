// Where the stand-in keeps its sessions, interactions, codes and grants: in this process's memory,
// on purpose (it is a demo and test fixture, restarted with every run). Written out rather than
// left to oidc-provider's built-in one, which warns at every start that production must not use it
// — true, and said once here instead of on every `npm start`.
type Stored = { payload: Record<string, unknown>; expiresAt: number | undefined };

/** An adapter class with its own storage: two providers in one process (tests) share nothing. */
export function memoryAdapter() {
  const stores = new Map<string, Map<string, Stored>>();
  return class MemoryAdapter extends MemoryStore {
    constructor(name: string) {
      const existing = stores.get(name) ?? new Map<string, Stored>();
      stores.set(name, existing);
      super(existing);
    }
  };
}

class MemoryStore {
  private readonly store: Map<string, Stored>;

  constructor(store: Map<string, Stored>) {
    this.store = store;
  }

  async upsert(id: string, payload: Record<string, unknown>, expiresIn?: number) {
    this.store.set(id, { payload, expiresAt: expiresIn ? Date.now() + expiresIn * 1000 : undefined });
  }

  async find(id: string) {
    const entry = this.store.get(id);
    if (!entry) return undefined;
    if (entry.expiresAt !== undefined && entry.expiresAt <= Date.now()) {
      this.store.delete(id);
      return undefined;
    }
    return entry.payload;
  }

  async findByUid(uid: string) {
    for (const [id, entry] of this.store) if (entry.payload.uid === uid) return this.find(id);
    return undefined;
  }

  async findByUserCode(userCode: string) {
    for (const [id, entry] of this.store) if (entry.payload.userCode === userCode) return this.find(id);
    return undefined;
  }

  async consume(id: string) {
    const entry = this.store.get(id);
    if (entry) entry.payload.consumed = Math.floor(Date.now() / 1000);
  }

  async destroy(id: string) {
    this.store.delete(id);
  }

  async revokeByGrantId(grantId: string) {
    for (const [id, entry] of this.store) if (entry.payload.grantId === grantId) this.store.delete(id);
  }
}
