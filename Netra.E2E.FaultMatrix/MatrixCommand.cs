using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Netra.E2E.ReferenceBackend.Faults;

namespace Netra.E2E.FaultMatrix;

/// <summary>The command line: every option validated at parse time, so bad input is one clear line and exit 2.</summary>
internal sealed class MatrixCommand
{
    private readonly Option<string?> _faults = new("--faults")
    {
        Description = "Comma-separated subset of the faults (default: all of them).",
        HelpName = "a,b",
    };

    private readonly Option<int> _parallel = Positive("--parallel", 2, "Test runs at once.");

    private readonly Option<int> _workers = Positive("--workers", 6, "NUnit workers inside each run.");

    private readonly Option<int> _runTimeout = Positive("--run-timeout-seconds", 300, "Per-run bound; an overrunning run is killed.");

    private readonly Option<bool> _noBuild = new("--no-build") { Description = "Use the solution as already built." };

    private readonly Option<bool> _full = new("--full")
    {
        Description = "Run the whole suite per fault instead of only its expected catchers (slower).",
    };

    private readonly Option<string?> _root = new("--root")
    {
        Description = "Repository root (default: the current directory).",
        HelpName = "dir",
    };

    public MatrixCommand()
    {
        _faults.Validators.Add(ValidateFaults);
        Root = new RootCommand(
            "The fault matrix: the tiers must pass against the correct reference backend and fail on every named fault.")
        {
            _faults, _parallel, _workers, _runTimeout, _noBuild, _full, _root,
        };
        Root.SetAction((parsed, cancellationToken) => MatrixApp.RunAsync(ToOptions(parsed), cancellationToken));
        var request = new Argument<string>("request") { Description = "The worker request file the matrix wrote." };
        var worker = new Command("worker", "Internal: runs catcher-only jobs in one process (started by the matrix).")
        {
            Hidden = true,
        };
        worker.Arguments.Add(request);
        worker.SetAction((parsed, cancellationToken) => MatrixWorker.RunAsync(parsed.GetValue(request)!, cancellationToken));
        Root.Subcommands.Add(worker);
    }

    public RootCommand Root { get; }

    public MatrixOptions ToOptions(ParseResult parsed)
    {
        var root = parsed.GetValue(_root);
        return new MatrixOptions
        {
            Root = root is null ? Directory.GetCurrentDirectory() : Path.GetFullPath(root),
            Parallel = parsed.GetValue(_parallel),
            Workers = parsed.GetValue(_workers),
            RunTimeout = TimeSpan.FromSeconds(parsed.GetValue(_runTimeout)),
            Build = !parsed.GetValue(_noBuild),
            Full = parsed.GetValue(_full),
            OnlyFaults = parsed.GetValue(_faults) is { } faults ? SplitFaults(faults) : null,
        };
    }

    private static Option<int> Positive(string name, int defaultValue, string description) => new(name)
    {
        Description = $"{description} An integer ≥ 1.",
        DefaultValueFactory = _ => defaultValue,
        HelpName = "n",

        // One parser for both a non-number and a number below 1, so either is the same one-line error.
        CustomParser = result =>
        {
            var token = result.Tokens.Count > 0 ? result.Tokens[^1].Value : string.Empty;
            if (int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= 1)
            {
                return value;
            }

            result.AddError($"{name} must be an integer ≥ 1, not '{token}'.");
            return defaultValue;
        },
    };

    private static void ValidateFaults(OptionResult result)
    {
        var names = SplitFaults(result.GetValueOrDefault<string?>() ?? string.Empty);
        if (names.Count == 0)
        {
            result.AddError("--faults needs at least one fault name.");
            return;
        }

        var unknown = names.Where(n => !FaultSet.Known.Contains(n, StringComparer.Ordinal)).ToList();
        if (unknown.Count > 0)
        {
            result.AddError(
                $"Unknown fault{(unknown.Count == 1 ? string.Empty : "s")} {string.Join(", ", unknown.Select(u => $"'{u}'"))}. " +
                $"Known faults: {string.Join(", ", FaultSet.Known)}.");
        }
    }

    private static List<string> SplitFaults(string value) =>
        value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToList();
}
