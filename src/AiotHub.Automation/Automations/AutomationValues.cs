using System.Buffers;
using System.Text.Json;

namespace AiotHub.Automation.Automations;

/// <summary>Small JSON values made without reflection (the project is AOT-compatible).</summary>
internal static class AutomationValues
{
    public static JsonElement String(string value) => Write(w => w.WriteStringValue(value));

    public static JsonElement Number(double value) => Write(w => w.WriteNumberValue(value));

    public static JsonElement Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
            write(writer);
        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }

    /// <summary>What a value is, for messages: "a string", "the number 3", "null".</summary>
    public static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "the number " + value.GetRawText(),
        JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        JsonValueKind.Null => "null",
        _ => "nothing",
    };
}
