namespace AiotHub.Gateway.Feedback;

/// <summary>The "Feedback" section: how many problem reports a home may send and the hub keeps (docs/ota.md "Feedback from homes").</summary>
internal sealed class FeedbackOptions
{
    public const string SectionName = "Feedback";

    /// <summary>Reports one home may send in any 24 hours (1–1,000).</summary>
    public int MaxReportsPerHomePerDay { get; set; } = 20;

    /// <summary>Reports the hub keeps (100–1,000,000); past it the oldest go.</summary>
    public int MaxReports { get; set; } = 10_000;
}
