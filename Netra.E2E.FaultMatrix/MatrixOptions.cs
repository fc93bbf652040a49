namespace Netra.E2E.FaultMatrix;

/// <summary>Command-line options of the fault matrix.</summary>
internal sealed record MatrixOptions
{
    public string Root { get; init; } = Directory.GetCurrentDirectory();

    public string Configuration { get; init; } = "Release";

    public int Parallel { get; init; } = 2;

    public int Workers { get; init; } = 6;

    public bool Build { get; init; } = true;

    public TimeSpan RunTimeout { get; init; } = TimeSpan.FromMinutes(5);

    public IReadOnlyList<string>? OnlyFaults { get; init; }

    public string Output => Path.Combine(Root, "artifacts");

    public static MatrixOptions Parse(string[] args)
    {
        var options = new MatrixOptions();
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            options = args[i] switch
            {
                "--root" => options with { Root = Path.GetFullPath(Value()) },
                "--parallel" => options with { Parallel = int.Parse(Value(), System.Globalization.CultureInfo.InvariantCulture) },
                "--workers" => options with { Workers = int.Parse(Value(), System.Globalization.CultureInfo.InvariantCulture) },
                "--no-build" => options with { Build = false },
                "--faults" => options with { OnlyFaults = Value().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) },
                "--run-timeout-seconds" => options with { RunTimeout = TimeSpan.FromSeconds(int.Parse(Value(), System.Globalization.CultureInfo.InvariantCulture)) },
                _ => throw new ArgumentException($"unknown option {args[i]}; options: --root DIR --parallel N --workers N --no-build --faults a,b --run-timeout-seconds N"),
            };
        }

        return options;
    }
}
