using System.Reflection;
using System.Text.Json;
using System.Xml.Linq;
using NUnit.Framework.Api;
using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;

namespace Netra.E2E.FaultMatrix;

/// <summary>
/// The worker process: loads the built tiers once and runs each job's tests with NUnit's own runner, one job after
/// another, each against its own freshly started embedded backend (the suite's set-up fixture starts and stops it per
/// run). One test host and one JIT warm-up serve many faults, instead of a <c>dotnet vstest</c> start-up per fault.
/// </summary>
internal static class MatrixWorker
{
    public static async Task<int> RunAsync(string requestPath, CancellationToken cancellationToken)
    {
        var request = await WorkerRequest.ReadAsync(requestPath, cancellationToken).ConfigureAwait(false);
        var assembly = Assembly.LoadFrom(request.Assembly);
        var parameters = XDocument.Load(request.RunSettings).Descendants("Parameter")
            .ToDictionary(p => (string)p.Attribute("name")!, p => (string)p.Attribute("value")!, StringComparer.Ordinal);
        foreach (var job in request.Jobs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Console.Out.WriteLine(WorkerRequest.StartPrefix + job.Name);
            var folder = Path.GetDirectoryName(WorkerRequest.OutcomesFile(request.OutputFolder, job.Name))!;
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }

            Directory.CreateDirectory(folder);

            // Read by the suite's set-up fixture when the run starts; jobs run one at a time, so one process value is safe.
            Environment.SetEnvironmentVariable("NETRA_E2E_TARGET", "local");
            Environment.SetEnvironmentVariable("NETRA_REFERENCE_FAULTS", job.Faults);
            Environment.SetEnvironmentVariable("NETRA_REFERENCE_WS_AUTH_FAILURE", null);
            var runner = new NUnitTestAssemblyRunner(new DefaultTestAssemblyBuilder());
            runner.Load(assembly, new Dictionary<string, object>
            {
                ["NumberOfTestWorkers"] = request.Workers,
                ["TestParametersDictionary"] = parameters,
                ["WorkDirectory"] = folder,
            });
            var listener = new OutcomeListener();
            runner.Run(listener, Select(job.Tests));
            var json = JsonSerializer.Serialize(listener.Outcomes);
            await File.WriteAllTextAsync(WorkerRequest.OutcomesFile(request.OutputFolder, job.Name), json, cancellationToken)
                .ConfigureAwait(false);
            Console.Out.WriteLine(WorkerRequest.DonePrefix + job.Name);
        }

        return 0;
    }

    /// <summary>Every case of the named methods, as <c>class == C &amp;&amp; method == M</c> would select them.</summary>
    private static TestFilter Select(IReadOnlyList<string> fullMethodNames) =>
        TestFilter.FromXml(new XElement("filter", new XElement("or", fullMethodNames
            .Select(name => new XElement(
                "and",
                new XElement("class", name[..name.LastIndexOf('.')]),
                new XElement("method", name[(name.LastIndexOf('.') + 1)..]))))).ToString(SaveOptions.DisableFormatting));
}
