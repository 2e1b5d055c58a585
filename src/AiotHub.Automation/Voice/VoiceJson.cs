using System.Text.Json;

namespace AiotHub.Automation.Voice;

/// <summary>Small JSON values for commands.</summary>
internal static class VoiceJson
{
    public static JsonElement Object(Action<Utf8JsonWriter> write)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(64);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            write(writer);
            writer.WriteEndObject();
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }

    public static JsonElement Value(bool value) => value ? True : False;

    public static JsonElement Value(double value)
    {
        using var document = JsonDocument.Parse(VoiceText.Invariant(value));
        return document.RootElement.Clone();
    }

    public static JsonElement String(string name, string value) => Object(w => w.WriteString(name, value));

    private static readonly JsonElement True = Parse("true");
    private static readonly JsonElement False = Parse("false");

    private static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
