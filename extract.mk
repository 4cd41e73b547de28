# Extraction targets, included by the Makefile.
#   make eval    score `dossier extract` on the development sets (needs ../shared)
#   make model   rebuild the embedded gazetteer and entity-tagger model

EVALKIT ?= ../shared/evalkit
CORPUS ?= ../shared/corpus

.PHONY: eval model

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
