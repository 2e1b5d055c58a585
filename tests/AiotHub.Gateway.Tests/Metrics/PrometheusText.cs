using System.Globalization;
using System.Text;

namespace AiotHub.Gateway.Tests.Metrics;

/// <summary>
/// A scrape in Prometheus text exposition format 0.0.4, parsed as a Prometheus server reads it: every line is a
/// <c># HELP</c>, a <c># TYPE</c> or a sample <c>name{label="value",…} value</c>; anything else fails the parse, and so
/// does a sample whose family has no TYPE, a family typed twice, or a histogram whose buckets are not cumulative or whose
/// <c>+Inf</c> bucket is not its count. Queries select samples by name and a subset of labels, as PromQL would.
/// </summary>
internal sealed class PrometheusText
{
    private static readonly string[] HistogramSuffixes = ["_bucket", "_sum", "_count"];

    private PrometheusText(IReadOnlyList<PrometheusSample> samples, IReadOnlyDictionary<string, string> types)
    {
        Samples = samples;
        Types = types;
    }

    public IReadOnlyList<PrometheusSample> Samples { get; }

    /// <summary>Family name → counter, gauge, histogram, summary or untyped.</summary>
    public IReadOnlyDictionary<string, string> Types { get; }

    public static PrometheusText Parse(string text)
    {
        var samples = new List<PrometheusSample>();
        var types = new Dictionary<string, string>(StringComparer.Ordinal);
        var lineNumber = 0;
        foreach (var line in text.Split('\n'))
        {
            lineNumber++;
            if (line.Length == 0)
                continue;
            if (line.StartsWith('#'))
            {
                var parts = line.Split(' ', 4);
                if (parts is ["#", "TYPE", var family, var type])
                {
                    Check(IsMetricName(family), lineNumber, line, "a TYPE for a bad metric name");
                    Check(type is "counter" or "gauge" or "histogram" or "summary" or "untyped", lineNumber, line, "an unknown type");
                    Check(types.TryAdd(family, type), lineNumber, line, "a family typed twice");
                    Check(!samples.Any(s => FamilyOf(s.Name, types) == family), lineNumber, line, "a TYPE after its samples");
                }
                else if (parts is ["#", "HELP", var described, ..])
                {
                    Check(IsMetricName(described), lineNumber, line, "a HELP for a bad metric name");
                }

                continue;
            }

            var sample = ParseSample(line, lineNumber);
            Check(types.ContainsKey(FamilyOf(sample.Name, types)), lineNumber, line, "a sample of a family without TYPE");
            samples.Add(sample);
        }

        var parsed = new PrometheusText(samples, types);
        parsed.CheckHistograms();
        return parsed;
    }

    /// <summary>The samples named <paramref name="name"/> whose labels include every one given.</summary>
    public IEnumerable<PrometheusSample> Select(string name, params (string Name, string Value)[] labels) =>
        Samples.Where(s => s.Name == name && labels.All(l => s.Labels.TryGetValue(l.Name, out var v) && v == l.Value));

    /// <summary>The value of the one sample that matches; fails the test when none or several do.</summary>
    public double Value(string name, params (string Name, string Value)[] labels)
    {
        var matches = Select(name, labels).ToList();
        Assert.True(matches.Count == 1,
            $"expected one sample {name}{{{string.Join(",", labels.Select(l => $"{l.Name}=\"{l.Value}\""))}}}, found {matches.Count}");
        return matches[0].Value;
    }

    private void CheckHistograms()
    {
        foreach (var family in Types.Where(t => t.Value == "histogram").Select(t => t.Key))
        {
            var buckets = Samples.Where(s => s.Name == family + "_bucket")
                .GroupBy(s => SeriesKey(s, without: "le"));
            foreach (var series in buckets)
            {
                var ordered = series.OrderBy(s => ParseValue(s.Labels["le"])).ToList();
                for (var i = 1; i < ordered.Count; i++)
                    Assert.True(ordered[i].Value >= ordered[i - 1].Value, $"{family}{series.Key}: buckets are not cumulative");
                Assert.True(ordered[^1].Labels["le"] == "+Inf", $"{family}{series.Key}: no +Inf bucket");
                var count = Samples.Single(s => s.Name == family + "_count" && SeriesKey(s, without: null) == series.Key);
                Assert.True(count.Value == ordered[^1].Value, $"{family}{series.Key}: +Inf bucket {ordered[^1].Value} is not the count {count.Value}");
            }
        }
    }

    private static string SeriesKey(PrometheusSample sample, string? without) =>
        string.Join(",", sample.Labels.Where(l => l.Key != without).OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => $"{l.Key}={l.Value}"));

    private static string FamilyOf(string sampleName, Dictionary<string, string> types)
    {
        foreach (var suffix in HistogramSuffixes)
        {
            if (sampleName.EndsWith(suffix, StringComparison.Ordinal)
                && types.TryGetValue(sampleName[..^suffix.Length], out var type) && type is "histogram" or "summary")
                return sampleName[..^suffix.Length];
        }

        return sampleName;
    }

    private static PrometheusSample ParseSample(string line, int lineNumber)
    {
        var i = 0;
        while (i < line.Length && line[i] is not ('{' or ' '))
            i++;
        var name = line[..i];
        Check(IsMetricName(name), lineNumber, line, "a bad metric name");
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        if (i < line.Length && line[i] == '{')
        {
            i++;
            while (line[i] != '}')
            {
                var start = i;
                while (line[i] != '=')
                    i++;
                var label = line[start..i];
                Check(IsLabelName(label), lineNumber, line, $"a bad label name '{label}'");
                Check(line[++i] == '"', lineNumber, line, "a label value without quotes");
                var value = new StringBuilder();
                for (i++; line[i] != '"'; i++)
                {
                    if (line[i] == '\\')
                    {
                        i++;
                        value.Append(line[i] switch
                        {
                            '\\' => '\\',
                            '"' => '"',
                            'n' => '\n',
                            _ => throw new FormatException($"line {lineNumber}: a bad escape in '{line}'"),
                        });
                    }
                    else
                    {
                        value.Append(line[i]);
                    }
                }

                Check(labels.TryAdd(label, value.ToString()), lineNumber, line, "a label given twice");
                i++;
                if (line[i] == ',')
                    i++;
            }

            i++;
        }

        var rest = line[i..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Check(line[i] == ' ' && rest.Length is 1 or 2, lineNumber, line, "not 'name{labels} value [timestamp]'");
        Check(rest.Length == 1 || long.TryParse(rest[1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _), lineNumber, line, "a bad timestamp");
        return new PrometheusSample(name, labels, ParseValue(rest[0]));
    }

    private static double ParseValue(string text) => text switch
    {
        "+Inf" => double.PositiveInfinity,
        "-Inf" => double.NegativeInfinity,
        "NaN" => double.NaN,
        _ => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
    };

    private static bool IsMetricName(string name) =>
        name.Length > 0 && !char.IsAsciiDigit(name[0]) && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or ':');

    private static bool IsLabelName(string name) =>
        name.Length > 0 && !char.IsAsciiDigit(name[0]) && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');

    private static void Check(bool condition, int lineNumber, string line, string what)
    {
        if (!condition)
            throw new FormatException($"line {lineNumber}: {what}: '{line}'");
    }
}
