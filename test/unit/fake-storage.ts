/** A Storage in memory that can be told to fail the way browsers do. */
export class FakeStorage implements Storage {
  data = new Map<string, string>();
  failWrites: string | null = null;
  failReads: string | null = null;
  get length() {
    return this.data.size;
  }
  clear() {
    this.data.clear();
  }
  key(i: number) {
    return [...this.data.keys()][i] ?? null;
  }
  getItem(k: string) {
    if (this.failReads) throw new DOMException('no', this.failReads);
    return this.data.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    if (this.failWrites) throw new DOMException('no', this.failWrites);
    this.data.set(k, v);
  }
  removeItem(k: string) {
    this.data.delete(k);
  }
}
