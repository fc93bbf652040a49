using System.Reflection;
using Netra.E2E.ReferenceBackend.Faults;

namespace Netra.E2E.ReferenceBackend.Tests.Faults;

public sealed class FaultCoverageTests
{
    [Test]
    public void EveryKnownFault_HasADirectCheck()
    {
        var checkedFaults = typeof(FaultCoverageTests).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods())
            .SelectMany(m => m.GetCustomAttributes<ChecksFaultAttribute>())
            .Select(a => a.Fault)
            .ToHashSet(StringComparer.Ordinal);

        FaultSet.Known.Should().HaveCount(76).And.OnlyHaveUniqueItems();
        FaultSet.Known.Where(f => !checkedFaults.Contains(f)).Should().BeEmpty("every fault needs a test proving its switch works");
        checkedFaults.Should().BeSubsetOf(FaultSet.Known);
    }

    [Test]
    public void UnknownFaultName_IsRefusedWithTheKnownList() =>
        FluentActions.Invoking(() => FaultSet.Parse("ws-stall,no-such-fault"))
            .Should().Throw<ArgumentException>().WithMessage("*no-such-fault*ws-header-bypass*");
}
