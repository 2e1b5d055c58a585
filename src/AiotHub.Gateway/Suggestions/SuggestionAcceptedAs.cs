namespace AiotHub.Gateway.Suggestions;

/// <summary>What an accepted suggestion became: <see cref="Kind"/> "automation" or "scene", and its id in the home.</summary>
internal sealed record SuggestionAcceptedAs(string Kind, string Id)
{
    public const string Automation = "automation";
    public const string Scene = "scene";
}
