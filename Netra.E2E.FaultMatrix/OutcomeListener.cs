using System.Collections.Concurrent;
using NUnit.Framework.Interfaces;

namespace Netra.E2E.FaultMatrix;

/// <summary>Collects each test case's outcome, named and spelled as the TRX of a vstest run would have it.</summary>
internal sealed class OutcomeListener : ITestListener
{
    private readonly ConcurrentQueue<TestOutcome> _outcomes = new();

    public IReadOnlyList<TestOutcome> Outcomes => _outcomes.ToList();

    public void TestFinished(ITestResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Test.IsSuite)
        {
            return;
        }

        var message = result.Message ?? string.Empty;
        var first = message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .FirstOrDefault() ?? string.Empty;
        _outcomes.Enqueue(new TestOutcome(result.Test.FullName, Outcome(result.ResultState), first));
    }

    public void TestStarted(ITest test)
    {
    }

    public void TestOutput(TestOutput output)
    {
    }

    public void SendMessage(TestMessage message)
    {
    }

    private static string Outcome(ResultState state) => state.Status switch
    {
        TestStatus.Passed => "Passed",
        TestStatus.Failed when state.Label == "Error" => "Error",
        TestStatus.Failed when state.Label == "Cancelled" => "Aborted",
        TestStatus.Failed => "Failed",
        TestStatus.Skipped => "NotExecuted",
        TestStatus.Warning => "Warning",
        _ => "Inconclusive",
    };
}
