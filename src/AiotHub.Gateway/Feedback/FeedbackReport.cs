namespace AiotHub.Gateway.Feedback;

/// <summary>
/// A problem report as stored: the home and device it came from (never shown to the maker) and what was sent
/// (<see cref="ToMaker"/>), with the maker's answer once it gave one.
/// </summary>
internal sealed record FeedbackReport(
    string Id,
    string HomeId,
    string DeviceId,
    DateTimeOffset Created,
    string? Category,
    string Text,
    FeedbackContext Context,
    FeedbackAnswer? Answer = null)
{
    public string Model => Context.Model;

    public string? Firmware => Context.Firmware;

    /// <summary>Exactly what the maker reads: no home, no device id.</summary>
    public MakerFeedbackReport ToMaker() => new(Id, Created, Model, Firmware, Category, Text, Context, Answer);

    public HomeFeedbackReport ToHome() => new(Id, DeviceId, Created, Model, Firmware, Category, Text, Context, Answer);
}
