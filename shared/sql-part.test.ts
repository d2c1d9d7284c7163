import { describe, expect, it } from "vitest";
import { combineWrites, onlyIf, sqlPart } from "./sql-part.js";

describe("combineWrites", () => {
  it("renumbers each part's placeholders after the previous parts' values, the result's last", () => {
    const statement = combineWrites(
      [
        { name: "ticket", ...sqlPart(`INSERT INTO a ("x", "y") VALUES ($1, $2) RETURNING "x"`, ["x1", "y1"]) },
        sqlPart(`INSERT INTO b ("z", "w") VALUES ($1, $1 || $2)`, ["z1", "w1"]),
      ],
      sqlPart(`SELECT * FROM ticket WHERE "x" <> $1`, ["none"]),
    );
    expect(statement.text).toBe(
      `WITH ticket AS (INSERT INTO a ("x", "y") VALUES ($1, $2) RETURNING "x"),\n` +
        `write_1 AS (INSERT INTO b ("z", "w") VALUES ($3, $3 || $4))\n` +
        `SELECT * FROM ticket WHERE "x" <> $5`,
    );
    expect(statement.values).toEqual(["x1", "y1", "z1", "w1", "none"]);
  });

  it("returns no rows by default, and is the result alone without parts", () => {
    expect(combineWrites([sqlPart(`DELETE FROM a WHERE "x" = $1`, [1])]).text).toMatch(/\nSELECT 1 WHERE false$/);
    expect(combineWrites([], sqlPart("SELECT $1::int", [1]))).toEqual({ text: "SELECT $1::int", values: [1] });
  });

  it("refuses a part with its own WITH, and placeholders that do not match the values", () => {
    expect(() => combineWrites([sqlPart("WITH x AS (SELECT 1) INSERT INTO a SELECT * FROM x")])).toThrow(/WITH/);
    expect(() => combineWrites([sqlPart("INSERT INTO a VALUES ($1, $2)", [1])])).toThrow(/\$1…\$2 but was given 1/);
  });

  it("makes an INSERT … SELECT part conditional on another part's rows, and refuses one it cannot", () => {
    expect(onlyIf(sqlPart(`INSERT INTO a ("x") SELECT $1`, [1]), "updated")).toEqual({
      text: `INSERT INTO a ("x") SELECT $1\n     WHERE EXISTS (SELECT 1 FROM updated)`,
      values: [1],
    });
    expect(() => onlyIf(sqlPart(`INSERT INTO a ("x") VALUES ($1)`, [1]), "updated")).toThrow(/INSERT … SELECT/);
    expect(() => onlyIf(sqlPart(`INSERT INTO a ("x") SELECT "x" FROM b WHERE "y"`), "updated")).toThrow(/WHERE/);
  });
});
