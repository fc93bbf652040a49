using NUnit.Framework;
using NUnit.Framework.Interfaces;

namespace Netra.E2E.Shared.Testing;

/// <summary>
/// Marks a test (or fixture) that creates users, threads or runs. Against production — only reachable with
/// <c>NETRA_E2E_ALLOW_PRODUCTION=true</c> — such a test is skipped with that reason (contract 1).
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class, AllowMultiple = false, Inherited = true)]
public sealed class WritesDataAttribute : TestActionAttribute
{
    /// <inheritdoc />
    public override ActionTargets Targets => ActionTargets.Test;

    /// <inheritdoc />
    public override void BeforeTest(ITest test)
    {
        if (E2ERun.IsProduction)
        {
            Assert.Ignore("Skipped: this test writes data and the target is production (NETRA_E2E_ALLOW_PRODUCTION=true allows read-only " +
                "tests only).");
        }
    }
}
