namespace Netra.E2E.ReferenceBackend.Variants;

/// <summary>
/// Which of the choices the contract leaves open the reference backend makes. Both are correct servers of the
/// contract; the suite must pass against each.
/// </summary>
public enum ReferenceVariant
{
    /// <summary>The default: 201 on create, 403 for a foreign thread, ISO-8601 times, prefixed ids, handshake 403.</summary>
    Standard,

    /// <summary>Every open choice flipped: 200 on create, 404, epoch times, other id shapes, accept-then-1008, and more.</summary>
    Alternate,
}
