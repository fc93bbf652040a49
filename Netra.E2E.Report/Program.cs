using Netra.E2E.Report;

// Builds artifacts/report/index.html and summary.md from TRX files (and the fault matrix's JSON when given).
using var cancellation = new CancellationTokenSource(TimeSpan.FromMinutes(5));
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

ReportOptions options;
try
{
    options = ReportOptions.Parse(args);
}
catch (ArgumentException ex)
{
    await Console.Error.WriteLineAsync($"{ex.Message}{Environment.NewLine}{ReportOptions.Usage}");
    return 2;
}

var run = await ReportWriter.WriteAsync(options, ReportRedactor.FromEnvironment(), cancellation.Token);
Console.WriteLine($"report: {Path.Combine(options.Output, "index.html")} ({run.Verdict}; {options.TrxFiles.Count} TRX file(s))");
return 0;
