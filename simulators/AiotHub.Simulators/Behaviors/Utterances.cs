namespace AiotHub.Simulators.Behaviors;

/// <summary>The built-in voice commands a simulated speaker "hears", in English and Chinese, with their BCP 47 tags.</summary>
public static class Utterances
{
    public static IReadOnlyList<(string Text, string Language)> BuiltIn { get; } =
    [
        ("turn on the living room light", "en"),
        ("what's the temperature in the bedroom", "en"),
        ("close the curtains", "en"),
        ("set the air conditioner to 24 degrees", "en"),
        ("turn off the TV", "en"),
        ("good night", "en"),
        ("打开客厅的灯", "zh-CN"),
        ("卧室现在多少度", "zh-CN"),
        ("把窗帘关上", "zh-CN"),
        ("空调调到二十四度", "zh-CN"),
        ("关掉电视", "zh-CN"),
        ("晚安", "zh-CN"),
    ];
}
