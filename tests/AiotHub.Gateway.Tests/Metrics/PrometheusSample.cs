namespace AiotHub.Gateway.Tests.Metrics;

/// <summary>One line of a scrape: the sample's name, its labels and its value.</summary>
internal sealed record PrometheusSample(string Name, IReadOnlyDictionary<string, string> Labels, double Value);
