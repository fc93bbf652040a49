using System.Text.RegularExpressions;

namespace Netra.E2E.ReferenceBackend.Auth;

/// <summary>A deliberately simple email syntax check: one @, no whitespace, a dot in the domain.</summary>
internal static partial class EmailAddress
{
    public static bool IsValid(string email) => email.Length <= 254 && Pattern().IsMatch(email);

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
