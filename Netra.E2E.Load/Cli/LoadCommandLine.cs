using System.CommandLine;
using Netra.E2E.Load.Running;
using Netra.E2E.Load.Scenarios;
using Netra.E2E.Load.Thresholds;

namespace Netra.E2E.Load.Cli;

/// <summary>The command line: the run (root command, every option defaulted) and <c>merge</c>.</summary>
internal static class LoadCommandLine
{
    private static readonly Option<string> Scenario = new("--scenario") { Description = "agent-ws (default), rest-chat or idle",
        DefaultValueFactory = _ => "agent-ws" };
    private static readonly Option<int> Users = new("--users") { Description = "users of the whole run, all shards (default 1000)",
        DefaultValueFactory = _ => 1000 };
    private static readonly Option<double> Ramp = new("--ramp") { Description = "seconds over which users start (default 0: all at once)" };
    private static readonly Option<double?> Duration = new("--duration") { Description = "seconds to iterate (agent-ws, rest-chat) or " +
        "stay connected (idle; default 10)" };
    private static readonly Option<int> Iterations = new("--iterations") { Description = "iterations per user without --duration " +
        "(default 1)", DefaultValueFactory = _ => 1 };
    private static readonly Option<double> ThinkTime = new("--think-time") { Description = "seconds between a user's iterations (default " +
        "0)" };
    private static readonly Option<int> Seed = new("--seed") { Description = "seed of the users' requests (default 1)",
        DefaultValueFactory = _ => 1 };
    private static readonly Option<string> Agent = new("--agent") { Description = "triage, data (default), optimization or mixed",
        DefaultValueFactory = _ => "data" };
    private static readonly Option<string?> Target = new("--target") { Description = "local, staging or custom (over NETRA_E2E_TARGET)" };
    private static readonly Option<bool> AllowStaging = new("--allow-staging") { Description = "needed to put load on staging" };
    private static readonly Option<bool> LocalHttp = new("--local-http") { Description = "embedded backend on plain HTTP instead of " +
        "HTTPS" };
    private static readonly Option<string> Shard = new("--shard") { Description = "i/n: run users k with k mod n = i (default 0/1)",
        DefaultValueFactory = _ => "0/1" };
    private static readonly Option<string[]> Thresholds = new("--threshold") { Description = "name=value, repeatable (e.g. " +
        "first_event_p95_ms=250)" };
    private static readonly Option<double> UserTimeout = new("--user-timeout") { Description = "seconds one user may take, plus " +
        "--duration (default 60)", DefaultValueFactory = _ => 60 };
    private static readonly Option<string> Out = new("--out") { Description = "folder of the result JSON and report.html",
        DefaultValueFactory = _ => Path.Combine("artifacts", "load") };
    private static readonly Option<string?> Run = new("--run") { Description = "name of the run (shards of one run share it)" };
    private static readonly Option<string> Client =
        new("--client") { Description = "library (default) or raw (baseline, no oracle)", DefaultValueFactory = _ => "library" };
    private static readonly Option<string> Evidence =
        new("--evidence") { Description = "summary (default) or full per-frame evidence", DefaultValueFactory = _ => "summary" };
    private static readonly Option<bool> Plain = new("--plain") { Description = "plain progress lines even on a terminal" };
    private static readonly Argument<string[]> Files = new("files") { Description = "shard result files", Arity = ArgumentArity.OneOrMore };

    /// <summary>The root command, with its <c>merge</c> subcommand; each action returns the exit code.</summary>
    public static RootCommand Build(CancellationToken stop)
    {
        var root = new RootCommand("Netra.E2E load mode: N users doing the suite's checks, with thresholds, reports and shards.");
        foreach (var option in new Option[] { Scenario, Users, Ramp, Duration, Iterations, ThinkTime, Seed, Agent, Target, AllowStaging,
                     LocalHttp, Shard, Thresholds, UserTimeout, Out, Run, Plain, Client, Evidence })
        {
            root.Options.Add(option);
        }

        root.SetAction((parse, _) => RunAsync(parse, stop));
        var merge = new Command("merge", "merge shard results exactly and re-evaluate the thresholds on the merge");
        merge.Arguments.Add(Files);
        merge.Options.Add(Thresholds);
        merge.Options.Add(Out);
        merge.SetAction((parse, _) => MergeCommand.RunAsync(
            parse.GetValue(Files) ?? [], parse.GetValue(Thresholds) ?? [], parse.GetValue(Out)!, stop));
        root.Subcommands.Add(merge);
        return root;
    }

    private static async Task<int> RunAsync(ParseResult parse, CancellationToken stop)
    {
        LoadOptions options;
        try
        {
            options = Read(parse);
        }
        catch (FormatException ex)
        {
            await Console.Error.WriteLineAsync($"load: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.Configuration;
        }

        return await RunCommand.RunAsync(options, stop).ConfigureAwait(false);
    }

    /// <summary>Reads and checks the options; <see cref="FormatException"/> names the bad one.</summary>
    internal static LoadOptions Read(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var options = new LoadOptions
        {
            Scenario = ScenarioCatalog.Create(parse.GetValue(Scenario)!, parse.GetValue(Client)!).Name,
            Client = parse.GetValue(Client)!,
            Evidence = parse.GetValue(Evidence) is "summary" or "full" ? parse.GetValue(Evidence)!
                : throw new FormatException($"--evidence '{parse.GetValue(Evidence)}' is not summary or full."),
            Users = Positive(parse.GetValue(Users), "--users"),
            Ramp = Seconds(parse.GetValue(Ramp), "--ramp", allowZero: true),
            Duration = parse.GetValue(Duration) is { } d ? Seconds(d, "--duration", allowZero: false) : null,
            Iterations = Positive(parse.GetValue(Iterations), "--iterations"),
            ThinkTime = Seconds(parse.GetValue(ThinkTime), "--think-time", allowZero: true),
            Seed = parse.GetValue(Seed),
            Agent = AgentRequests.IsValidOption(parse.GetValue(Agent)!) ? parse.GetValue(Agent)!
                : throw new FormatException($"--agent '{parse.GetValue(Agent)}' is not triage, data, optimization or mixed."),
            Target = parse.GetValue(Target),
            AllowStaging = parse.GetValue(AllowStaging),
            LocalHttp = parse.GetValue(LocalHttp),
            Shard = ShardSpec.Parse(parse.GetValue(Shard)!),
            Thresholds = parse.GetValue(Thresholds) ?? [],
            UserTimeout = Seconds(parse.GetValue(UserTimeout), "--user-timeout", allowZero: false),
            OutputDirectory = parse.GetValue(Out)!,
            RunName = parse.GetValue(Run),
            Plain = parse.GetValue(Plain),
        };

        // Fail on a bad threshold before any user starts, not after the run.
        _ = ThresholdParser.Apply(DefaultThresholds.All, options.Thresholds);
        return options;
    }

    private static int Positive(int value, string name) =>
        value > 0 ? value : throw new FormatException($"{name} must be a positive whole number, not {value}.");

    private static TimeSpan Seconds(double value, string name, bool allowZero) =>
        (allowZero ? value >= 0 : value > 0) && value < 86_400 * 7
            ? TimeSpan.FromSeconds(value)
            : throw new FormatException($"{name} must be {(allowZero ? "0 or more" : "more than 0")} seconds, not {value}.");
}
