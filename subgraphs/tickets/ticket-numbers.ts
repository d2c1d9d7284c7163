/**
 * New tickets' numbers (the sequence behind `Ticket.number`), drawn ahead of need while tickets
 * are being created quickly. Each create used to spend a round trip of its own on `nextval`
 * before the one statement that writes the ticket; a burst now draws a block of numbers in one
 * statement and hands them out in the order creates ask. The block is as large as the creates of
 * the last second (at most MAX_BLOCK), so a quiet desk draws one number per ticket as before and
 * a process that stops loses at most about a second's worth of drawn numbers — gaps, as a
 * retried create already leaves one. Numbers follow creation order within a process; replicas
 * creating at the same moment may interleave their blocks.
 */
import type { Database } from "../../shared/db.js";

/** Most numbers drawn in one statement. */
export const MAX_BLOCK = 16;

const DRAW_SQL = `SELECT nextval(pg_get_serial_sequence('"tickets"."tickets"', 'number'))::int AS "number"
  FROM generate_series(1, $1::int)`;

export class TicketNumbers {
  private readonly drawn: number[] = [];
  private drawing: Promise<void> | null = null;
  /** Creates asking in the current second and in the one before it. */
  private window = { startedAt: 0, asked: 0, askedBefore: 0 };

  constructor(
    private readonly draw: (count: number) => Promise<number[]>,
    private readonly clock: () => number = Date.now,
  ) {}

  /** The next number for a new ticket. */
  async next(): Promise<number> {
    this.countAsk();
    for (;;) {
      const number = this.drawn.shift();
      if (number !== undefined) return number;
      // One draw at a time: creates arriving meanwhile wait for it and take its numbers in turn.
      this.drawing ??= this.refill().finally(() => (this.drawing = null));
      await this.drawing;
    }
  }

  private async refill(): Promise<void> {
    const { asked, askedBefore } = this.window;
    const numbers = await this.draw(Math.min(MAX_BLOCK, Math.max(1, asked, askedBefore)));
    this.drawn.push(...numbers.sort((a, b) => a - b));
  }

  private countAsk(): void {
    const now = this.clock();
    const elapsed = now - this.window.startedAt;
    if (elapsed >= 1000) {
      this.window = { startedAt: now, asked: 0, askedBefore: elapsed < 2000 ? this.window.asked : 0 };
    }
    this.window.asked += 1;
  }
}

const byDatabase = new WeakMap<Database, TicketNumbers>();

/** This process's allocator for `db`'s tickets. */
export function ticketNumbersOf(db: Database): TicketNumbers {
  let numbers = byDatabase.get(db);
  if (!numbers) {
    numbers = new TicketNumbers(async (count) =>
      (await db.sql.query<{ number: number }>(DRAW_SQL, [count], { prepare: true })).map((row) => row.number),
    );
    byDatabase.set(db, numbers);
  }
  return numbers;
}
