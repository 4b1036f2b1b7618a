#!/usr/bin/env bash
# Mutation testing per folder of src/SeedGen: one Stryker run for each folder, against the tests of that
# layer (the folder's own test namespace), then the README's table from the reports.
#
#   tests/SeedGen.Tests/stryker-folders.sh                 # every folder (Reading alone takes hours on 2 cores)
#   tests/SeedGen.Tests/stryker-folders.sh Naming Corpus   # some folders
#   STRYKER_OUT=/tmp/mutation tests/SeedGen.Tests/stryker-folders.sh Naming
#
# Reports go to $STRYKER_OUT/<folder>/reports (default StrykerOutput/folders); the table sums every report
# below $STRYKER_OUT, the newest report standing for a file measured twice.
set -euo pipefail -f  # -f: the globs below are Stryker's, not the shell's
cd "$(dirname "$0")"
out=${STRYKER_OUT:-StrykerOutput/folders}
dotnet tool restore >/dev/null

# folder | files to mutate (space-separated globs) | the tests that run against them
folders=(
  "Naming|**/Naming/**/*.cs|FullyQualifiedName~SeedGen.Tests.Naming"
  "Corpus|**/Corpus/**/*.cs|FullyQualifiedName~SeedGen.Tests.Corpus"
  "Diagnostics|**/Diagnostics/**/*.cs|FullyQualifiedName~SeedGen.Tests.Analyzers|FullyQualifiedName~SeedGen.Tests.Generator.SafetyTests"
  "Escaping|**/Emitting/CSharpText.cs **/Emitting/SourceBuilder.cs|FullyQualifiedName~SeedGen.Tests.Emitting|FullyQualifiedName~SeedGen.Tests.Generator.HostileNamesTests"
  "Reading|**/Reading/**/*.cs !**/Reading/UnicodeData.Table.g.cs|FullyQualifiedName~SeedGen.Tests.Reading|FullyQualifiedName~SeedGen.Tests.Model|FullyQualifiedName~SeedGen.Tests.Evaluation"
)

wanted=" $* "
for entry in "${folders[@]}"; do
  name=${entry%%|*}; rest=${entry#*|}; globs=${rest%%|*}; filter=${rest#*|}
  if [ $# -gt 0 ] && [[ "$wanted" != *" $name "* ]]; then continue; fi
  mutate=()
  for g in $globs; do mutate+=(--mutate "$g"); done
  echo "== $name: ${globs} against ${filter}"
  start=$(date +%s)
  dotnet stryker "${mutate[@]}" --test-case-filter "$filter" --output "$out/$name"
  echo "== $name took $(( $(date +%s) - start )) s"
done

dotnet run --project ../SeedGen.Benchmarks -c Release -- --mutation-table "$out" --files
