namespace Netra.E2E.FaultMatrix;

/// <summary>The fault matrix's settings, validated by <see cref="MatrixCommand"/> before any run starts.</summary>
internal sealed record MatrixOptions
{
    public string Root { get; init; } = Directory.GetCurrentDirectory();

    public string Configuration { get; init; } = "Release";

    /// <summary>Test runs at once.</summary>
    public int Parallel { get; init; } = 2;

    /// <summary>NUnit workers inside each run.</summary>
    public int Workers { get; init; } = 6;

    public bool Build { get; init; } = true;

    /// <summary>Whole suite per fault (as before catcher-only runs existed) instead of only the fault's catchers.</summary>
    public bool Full { get; init; }

    public TimeSpan RunTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>A subset of the faults, or null for all of them.</summary>
    public IReadOnlyList<string>? OnlyFaults { get; init; }

    public string Output => Path.Combine(Root, "artifacts");

    public string StagingAssembly =>
        Path.Combine(Root, "Netra.E2E.Staging", "bin", Configuration, "net10.0", "Netra.E2E.Staging.dll");

    public string RunSettings => Path.Combine(Root, "runsettings", "local.runsettings");
}
