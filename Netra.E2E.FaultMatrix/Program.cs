using Netra.E2E.FaultMatrix;

// The fault matrix: the tiers must pass against the correct reference backend (in both WebSocket auth-failure
// styles) and fail against every named fault, in the tests that TIERS.md expects. Bad input: one line, exit 2.
var command = new MatrixCommand();
var parsed = command.Root.Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors)
    {
        await Console.Error.WriteLineAsync($"fault matrix: {error.Message}").ConfigureAwait(false);
    }

    await Console.Error.WriteLineAsync("Run with --help for the options.").ConfigureAwait(false);
    return 2;
}

return await parsed.InvokeAsync().ConfigureAwait(false);
