namespace Netra.E2E.ReferenceBackend.Tests.Limits;

/// <summary>A clock a test moves by hand, so an age-based eviction is tested without waiting.</summary>
internal sealed class ManualClock : TimeProvider
{
    private DateTimeOffset _now = DateTimeOffset.UtcNow;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
