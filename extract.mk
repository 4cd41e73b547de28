# Extraction targets, included by the Makefile.
#   make eval    score `dossier extract` on the development sets (needs ../shared)
#   make model   rebuild the embedded gazetteer and entity-tagger model
#   make model-check  rebuild them and fail if the embedded ones differ

EVALKIT ?= ../shared/evalkit
CORPUS ?= ../shared/corpus

.PHONY: eval model model-check

eval:
	EVALKIT=$(EVALKIT) scripts/eval.sh

# The tagger trains on the even half of the evalkit's re3d set, so that set
# is prepared first; eval scores the odd half.
model:
	go run ./tools/trainner -corpus $(CORPUS) gazetteer
	rm -rf /tmp/dossier-model-re3d
	python3 $(EVALKIT)/prepare.py --out /tmp/dossier-model-re3d re3d
	go run ./tools/trainner -corpus $(CORPUS) -re3d /tmp/dossier-model-re3d/re3d tagger
	rm -rf /tmp/dossier-model-re3d

# The tagger trains on text cut by the product's own tokenizer and splitter,
# so a change there can change the model: after one, this says whether the
# embedded model is still what `make model` builds.
model-check: model
	@git diff --quiet -- assets/extract/ || { git diff --stat -- assets/extract/; \
		echo "make model changed the embedded model: keep it (after make eval) or the change"; exit 1; }
