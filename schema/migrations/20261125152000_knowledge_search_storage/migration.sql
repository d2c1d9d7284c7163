-- Search-friendly row layout for knowledge.articles (no datamodel change).
-- A search touches the heap row of every article its GIN index returns, for the candidate
-- order (viewCount) and the filters; it reads the full vector only for the ~100-200 rows it
-- ranks. So the large values — body, bodyHtml and the full search vector — are kept out of
-- line (a row is TOASTed down to ~512 bytes instead of 2 kB) while the small title-like
-- head vector stays in the row, tested without a TOAST fetch. The heap shrinks about fourfold
-- (100,000 articles: 139 MB -> 49 MB), so the rows searches touch stay in shared buffers.
-- Rows written before this migration keep their layout until updated; `VACUUM FULL
-- "knowledge"."articles"` rewrites them at once.
ALTER TABLE "knowledge"."articles"
  ALTER COLUMN "searchVector" SET STORAGE EXTERNAL,
  ALTER COLUMN "searchHead" SET STORAGE MAIN,
  SET (toast_tuple_target = 512);
