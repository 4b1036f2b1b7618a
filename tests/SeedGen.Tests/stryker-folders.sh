#!/usr/bin/env bash
# Mutation testing per folder of src/SeedGen: one Stryker run for each folder, against the tests of that
# layer (the folder's own test namespace), then the README's table from the reports.
#
#   tests/SeedGen.Tests/stryker-folders.sh                 # every folder (Reading alone takes hours on 2 cores)
#   tests/SeedGen.Tests/stryker-folders.sh Naming Corpus   # some folders (Reading.text: one part of Reading)
#   STRYKER_OUT=/tmp/mutation tests/SeedGen.Tests/stryker-folders.sh Naming
#
# Reports go to $STRYKER_OUT/<folder>/reports (default StrykerOutput/folders); the table sums every report
# below $STRYKER_OUT, the newest report standing for a file measured twice.
set -euo pipefail -f  # -f: the globs below are Stryker's, not the shell's
cd "$(dirname "$0")"
out=${STRYKER_OUT:-StrykerOutput/folders}
dotnet tool restore >/dev/null

# Reading runs against the reading, model and evaluation tests, less three that cannot catch a reading mistake and
# take most of the time (the round trip and the constants test compile the generated code and compare it with the
# same, mutated, reader; the allocation test counts bytes, not values) and less CorpusTests: reading the 429
# documents of ../shared/corpus takes 8 s in Stryker's instrumented build, for every mutant of a rule they reach.
# Leaving tests out can only lower the score.
reading_tests="(FullyQualifiedName~SeedGen.Tests.Reading|FullyQualifiedName~SeedGen.Tests.Model|FullyQualifiedName~SeedGen.Tests.Evaluation)&FullyQualifiedName!~Every_readout_reads_back_from_the_generated_document&FullyQualifiedName!~Every_count_and_constant_is_a_constant_of_each_seed&FullyQualifiedName!~AllocationTests&FullyQualifiedName!~SeedGen.Tests.Reading.CorpusTests"
# folder | files to mutate (space-separated globs) | the tests that run against them
folders=(
  "Naming|**/Naming/**/*.cs|FullyQualifiedName~SeedGen.Tests.Naming"
  "Corpus|**/Corpus/**/*.cs|FullyQualifiedName~SeedGen.Tests.Corpus"
  "Diagnostics|**/Diagnostics/**/*.cs|FullyQualifiedName~SeedGen.Tests.Analyzers|FullyQualifiedName~SeedGen.Tests.Generator.SafetyTests"
  "Escaping|**/Emitting/CSharpText.cs **/Emitting/SourceBuilder.cs|FullyQualifiedName~SeedGen.Tests.Emitting|FullyQualifiedName~SeedGen.Tests.Generator.HostileNamesTests"
  # Reading in three runs of about 1,300 mutants each (one report per run; the table adds them up)
  "Reading.text|**/Reading/SeedText.cs **/Reading/Lines.cs **/Reading/Zones.cs **/Reading/Words.cs **/Reading/Scripts.cs **/Reading/UnicodeData.cs **/Reading/WordMap.cs **/Reading/WordTable.cs **/Reading/ReaderScratch.cs|$reading_tests"
  "Reading.readouts|**/Reading/Sentences.cs **/Reading/Datelines.cs **/Reading/Dates.cs **/Reading/Numbers.cs **/Reading/Quotes.cs **/Reading/HeaderFields.cs **/Reading/ListMarkers.cs **/Reading/AlsoRead.cs **/Reading/PhraseTable.cs|$reading_tests"
  "Reading.document|**/Reading/StoryEdges.cs **/Reading/BodyBlocks.cs **/Reading/ContentReadouts.cs **/Reading/Readouts.cs **/Reading/SeedReadouts.cs **/Reading/DocumentReader.cs **/Reading/Lexicon.cs|$reading_tests"
)

# Every file of Reading but the generated table is in exactly one part.
listed=$(printf '%s\n' "${folders[@]}" | grep -o '\*\*/Reading/[A-Za-z]*\.cs' | sort | uniq | wc -l)
present=$(find ../../src/SeedGen/Reading -maxdepth 1 -name '*.cs' ! -name '*.g.cs' | wc -l)
[ "$listed" -eq "$present" ] || { echo "stryker-folders.sh: $present files in src/SeedGen/Reading, $listed in the Reading parts" >&2; exit 1; }

wanted=" $* "
for entry in "${folders[@]}"; do
  name=${entry%%|*}; rest=${entry#*|}; globs=${rest%%|*}; filter=${rest#*|}
  if [ $# -gt 0 ] && [[ "$wanted" != *" $name "* && "$wanted" != *" ${name%%.*} "* ]]; then continue; fi  # "Reading" runs its three parts
  mutate=()
  for g in $globs; do mutate+=(--mutate "$g"); done
  echo "== $name: ${globs} against ${filter}"
  start=$(date +%s)
  dotnet stryker "${mutate[@]}" --test-case-filter "$filter" --output "$out/$name"
  echo "== $name took $(( $(date +%s) - start )) s"
done

dotnet run --project ../SeedGen.Benchmarks -c Release -- --mutation-table "$out" --files
