using System.Globalization;
using ScottPlot;

namespace Netra.E2E.Report;

/// <summary>Draws the report's charts with ScottPlot as inline SVG (no script, no network).</summary>
internal static class ChartRenderer
{
    private static readonly Color PassedColor = Color.FromHex("#2e7d32");
    private static readonly Color FailedColor = Color.FromHex("#c62828");
    private static readonly Color SkippedColor = Color.FromHex("#9e9e9e");
    private static readonly Color MissedColor = Color.FromHex("#ef6c00");

    /// <summary>Upper bounds (ms) of the duration histogram's bins; the last bin is open.</summary>
    private static readonly double[] BinEdges = [10, 50, 100, 250, 500, 1000, 2000, 5000, 10000];

    /// <summary>Stacked bars: passed, failed, skipped per tier.</summary>
    public static string Tiers(IReadOnlyList<TierCounts> tiers)
    {
        var plot = NewPlot("Results per tier", "tests");
        var bars = new List<Bar>();
        for (var i = 0; i < tiers.Count; i++)
        {
            double bottom = 0;
            foreach (var (value, color) in new[] { (tiers[i].Passed, PassedColor), (tiers[i].Failed, FailedColor), (tiers[i].Skipped,
                SkippedColor) })
            {
                if (value > 0)
                {
                    bars.Add(new Bar { Position = i, ValueBase = bottom, Value = bottom + value, FillColor = color });
                    bottom += value;
                }
            }
        }

        plot.Add.Bars(bars);
        plot.Axes.Bottom.SetTicks([.. tiers.Select((_, i) => (double)i)], [.. tiers.Select(t => t.Tier)]);
        Legend(plot, ("passed", PassedColor), ("failed", FailedColor), ("skipped", SkippedColor));
        return Svg(plot, "results per tier");
    }

    /// <summary>How many tests took how long, in fixed bins from under 10 ms to over 10 s.</summary>
    public static string Durations(IEnumerable<TimeSpan> durations)
    {
        var counts = new double[BinEdges.Length + 1];
        foreach (var ms in durations.Select(d => d.TotalMilliseconds))
        {
            var bin = Array.FindIndex(BinEdges, edge => ms < edge);
            counts[bin < 0 ? BinEdges.Length : bin]++;
        }

        var plot = NewPlot("Test durations", "tests");
        var bars = plot.Add.Bars(counts);
        bars.Color = Color.FromHex("#1565c0");
        var labels = BinEdges.Select(e => "<" + Label(e)).Append(">" + Label(BinEdges[^1])).ToArray();
        plot.Axes.Bottom.SetTicks([.. labels.Select((_, i) => (double)i)], labels);
        return Svg(plot, "duration histogram");
    }

    /// <summary>Tests failing per fault: green when the expected catchers all failed, orange when one missed, red when
    /// undetected.</summary>
    public static string Faults(IReadOnlyList<FaultRow> faults)
    {
        var plot = NewPlot("Fault matrix: failing tests per fault", "failing tests");
        plot.Add.Bars(faults.Select((f, i) => new Bar
        {
            Position = i,
            Value = f.Failing,
            FillColor = !f.Detected ? FailedColor : f.Missed.Count > 0 ? MissedColor : PassedColor,
        }).ToList());
        plot.Axes.Bottom.SetTicks([.. faults.Select((_, i) => (double)i)], [.. faults.Select(f => f.Fault)]);
        plot.Axes.Bottom.TickLabelStyle.Rotation = -45;
        plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleRight;
        plot.Axes.Bottom.MinimumSize = 150;
        Legend(plot, ("detected", PassedColor), ("catcher missed", MissedColor), ("undetected", FailedColor));
        return Svg(plot, "fault matrix", width: Math.Max(640, 40 * faults.Count + 120), height: 460);
    }

    /// <summary>Per SLO a pair of horizontal bars: the measured value (green when met, red when not) and its threshold
    /// (grey).</summary>
    public static string Slos(IReadOnlyList<SloMeasurement> slos)
    {
        var plot = NewPlot("SLOs: measured vs threshold (ms)", string.Empty);
        var bars = plot.Add.Bars(slos.SelectMany((s, i) => new[]
        {
            new Bar { Position = i + 0.2, Value = s.Measured, Size = 0.4, FillColor = s.Met ? PassedColor : FailedColor },
            new Bar { Position = i - 0.2, Value = s.Threshold, Size = 0.4, FillColor = SkippedColor },
        }).ToList());
        bars.Horizontal = true;
        plot.Axes.Margins(left: 0, right: 0.05, bottom: 0.05, top: 0.05);
        plot.Axes.Left.SetTicks([.. slos.Select((_, i) => (double)i)], [.. slos.Select(s => s.Name)]);
        plot.Axes.Left.MinimumSize = Math.Min(360, 7 * slos.Max(s => s.Name.Length) + 20);
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true };
        Legend(plot, ("measured (met)", PassedColor), ("measured (missed)", FailedColor), ("threshold", SkippedColor));
        plot.ShowLegend(Edge.Bottom);
        return Svg(plot, "SLOs measured vs threshold", width: 820, height: Math.Max(220, 70 * slos.Count + 150));
    }

    private static Plot NewPlot(string title, string yLabel)
    {
        var plot = new Plot();
        plot.Title(title);
        plot.YLabel(yLabel);
        plot.Axes.Margins(bottom: 0);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true };
        return plot;
    }

    private static void Legend(Plot plot, params (string Label, Color Color)[] items)
    {
        foreach (var (label, color) in items)
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = label, FillColor = color });
        }

        plot.Legend.Alignment = Alignment.UpperRight;
        plot.ShowLegend();
    }

    private static string Label(double ms) =>
        ms >= 1000 ? string.Create(CultureInfo.InvariantCulture, $"{ms / 1000:0.#}s") : string.Create(CultureInfo.InvariantCulture,
            $"{ms:0}ms");

    private static string Svg(Plot plot, string label, int width = 640, int height = 320)
    {
        var svg = plot.GetSvgXml(width, height);
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        return svg[start..].Replace("<svg ", $"<svg role=\"img\" aria-label=\"{label}\" ", StringComparison.Ordinal);
    }
}
