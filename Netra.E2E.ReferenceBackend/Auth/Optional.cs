namespace Netra.E2E.ReferenceBackend.Auth;

/// <summary>A value that may be absent (a PATCH field not sent) as distinct from present-and-null.</summary>
internal readonly record struct Optional<T>(bool IsSet, T Value)
{
    public static Optional<T> Unset => default;

    public static Optional<T> Of(T value) => new(true, value);
}
