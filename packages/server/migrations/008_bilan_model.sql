-- The bilan's first draft (a flat list of items) gives way to the model of the bilan checklist: the demo bilan that
-- earlier versions seeded in that shape is removed, as no other bilan could be written in it.
DELETE FROM edit_links WHERE kind = 'bilans' AND document_id = 'bilan-demo';
DELETE FROM document_versions WHERE kind = 'bilans' AND id = 'bilan-demo';
DELETE FROM documents WHERE kind = 'bilans' AND id = 'bilan-demo';
