using System.Text.Json;
using System.Text.RegularExpressions;

namespace Netra.E2E.Shared.Http;

/// <summary>
/// Contract 2: an error body never carries a stack trace, a source path or an exception type. Finds each place in a JSON
/// body that does, at any depth: a field named like internals, or a string holding a stack frame (.NET, Python, Java,
/// Node), a source file or server path, or an exception type name.
/// </summary>
internal static partial class ErrorBodyLeaks
{
    private static readonly HashSet<string> InternalKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        "stack_trace", "stacktrace", "stack", "traceback", "exception", "exception_type", "source_file", "file", "trace",
    };

    private static readonly (string Name, Regex Pattern)[] Patterns =
    [
        ("a stack frame", StackFrame()),
        ("a source path", SourcePath()),
        ("an exception type name", ExceptionType()),
    ];

    /// <summary>Each leak as "<c>$.path: what</c>".</summary>
    public static IEnumerable<string> Find(JsonElement element, string path = "$")
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    var at = $"{path}.{property.Name}";
                    if (InternalKeys.Contains(property.Name))
                    {
                        yield return $"{at}: a field named like internals";
                    }

                    foreach (var leak in Find(property.Value, at))
                    {
                        yield return leak;
                    }
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    foreach (var leak in Find(item, $"{path}[{index++}]"))
                    {
                        yield return leak;
                    }
                }

                break;
            case JsonValueKind.String:
                var value = element.GetString() ?? string.Empty;
                foreach (var (name, pattern) in Patterns)
                {
                    if (pattern.Match(value) is { Success: true } match)
                    {
                        yield return $"{path}: {name} \"{match.Value}\"";
                    }
                }

                break;
        }
    }

    [GeneratedRegex(@"(^|\s)at [\w.`<>+]+\(|Traceback \(most recent call last\)|File ""[^""]+"", line \d+")]
    private static partial Regex StackFrame();

    [GeneratedRegex(@"[\w.\\/-]+\.(cs|py|java|js|ts|go|rb)\b|(^|[\s(""'])(/(home|app|src|usr|opt|var|srv|workspace)/|[A-Za-z]:\\)")]
    private static partial Regex SourcePath();

    [GeneratedRegex(@"\b([A-Z][a-z0-9]+)+(Exception|Error)\b|\bSystem\.[A-Z]\w+")]
    private static partial Regex ExceptionType();
}
