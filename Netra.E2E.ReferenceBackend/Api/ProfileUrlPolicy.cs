using Netra.E2E.ReferenceBackend.Faults;

namespace Netra.E2E.ReferenceBackend.Api;

/// <summary>Profile URL fields accept only absolute http/https URLs; home of the <c>unsafe-url-accepted</c> and
/// <c>profile-data-url-accepted</c> faults.</summary>
internal static class ProfileUrlPolicy
{
    public static bool IsAcceptable(string value, FaultSet faults) =>
        faults.Has(Fault.UnsafeUrlAccepted)
        || (value.Length <= 2048
            && Uri.TryCreate(value, UriKind.Absolute, out var uri)
            && (((uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) && !string.IsNullOrEmpty(uri.Host))
                || (uri.Scheme == "data" && faults.Has(Fault.ProfileDataUrlAccepted))));
}
