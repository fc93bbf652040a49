namespace Netra.E2E.Report.Tests;

/// <summary>Writes the report of the committed fixture TRX (one failure) into a fresh folder of the test's work directory.</summary>
internal static class FixtureReport
{
    /// <summary>The committed test data folder.</summary>
    public static string Data => Path.Combine(TestContext.CurrentContext.TestDirectory, "TestData");

    /// <summary>Generates the report (with the fixture fault matrix and contract coverage) and returns its output folder.</summary>
    public static async Task<string> GenerateAsync(string name, CancellationToken cancellationToken)
    {
        var output = Path.Combine(TestContext.CurrentContext.WorkDirectory, "report-fixtures", name);
        if (Directory.Exists(output))
        {
            Directory.Delete(output, recursive: true);
        }

        var options = ReportOptions.Parse(
        [
            "--trx", Path.Combine(Data, "fixture.trx"),
            "--evidence", Path.Combine(Data, "evidence"),
            "--matrix", Path.Combine(Data, "fault-matrix.json"),
            "--coverage", Path.Combine(Data, "contract-coverage.md"),
            "--out", output,
        ]);
        await ReportWriter.WriteAsync(options, new ReportRedactor(["fixture-opaque-token-value"]), cancellationToken);
        return output;
    }

    /// <summary>The repository root (the folder holding Netra.E2E.sln) above the test binaries.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Netra.E2E.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"Netra.E2E.sln not found above {TestContext.CurrentContext.TestDirectory}");
    }
}
