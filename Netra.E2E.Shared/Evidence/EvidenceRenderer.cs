using System.Globalization;
using System.Text;

namespace Netra.E2E.Shared.Evidence;

/// <summary>Lays out the full evidence record as text (the caller redacts the result once more).</summary>
internal static class EvidenceRenderer
{
    public static string Render(EvidenceLog log)
    {
        var text = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"Network evidence for {log.TestName} (started {log.StartedAt:O})")
            .AppendLine(log.RetrySummary)
            .AppendLine();
        foreach (var exchange in log.Exchanges)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"[{exchange.StartedAt:HH:mm:ss.fff}] {exchange.OneLine()}");
            foreach (var header in exchange.RequestHeaders)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"    > {header}");
            }

            AppendBody(text, "    > ", exchange.RequestBody);
            foreach (var header in exchange.ResponseHeaders)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"    < {header}");
            }

            AppendBody(text, "    < ", exchange.ResponseBody);
        }

        foreach (var session in log.WebSocketSessions)
        {
            session.Render(text);
        }

        return text.ToString();
    }

    private static void AppendBody(StringBuilder text, string prefix, string body)
    {
        if (body.Length > 0)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{prefix}body: {body.ReplaceLineEndings(" ")}");
        }
    }
}
