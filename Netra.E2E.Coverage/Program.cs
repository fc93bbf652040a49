using Netra.E2E.Coverage;

// Contract coverage: docs/CONTRACT.md's clauses against the tier tests' [Verifies] attributes. Writes
// artifacts/contract-coverage.md; exit 2 for an unknown clause id or an unparsable contract, 1 for an unverified
// checkable clause with --require-all, else 0. The last line printed is `contract clauses verified: N/M`.
return await CoverageApp.RunAsync(args).ConfigureAwait(false);
