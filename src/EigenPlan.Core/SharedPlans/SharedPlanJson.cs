using System.Text.Json;
using System.Text.Json.Serialization;

namespace EigenPlan.Core.SharedPlans;

/// <summary>The shared plan as JSON bytes (what gets encrypted), with enums as words so the format reads and lasts.</summary>
public static class SharedPlanJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        MaxDepth = 16,
    };

    public static byte[] ToUtf8Json(SharedPlan plan) => JsonSerializer.SerializeToUtf8Bytes(plan, Options);

    /// <summary>Reads stored bytes; throws <see cref="InvalidDataException"/> for anything that is not a shared plan.</summary>
    public static SharedPlan Parse(ReadOnlySpan<byte> json)
    {
        try
        {
            return JsonSerializer.Deserialize<SharedPlan>(json, Options) ?? throw new InvalidDataException("Stored shared plan is empty.");
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException("Stored shared plan is not valid JSON.", ex);
        }
    }

    /// <summary>A deep copy, so a page can hold a snapshot while the plan keeps changing.</summary>
    public static SharedPlan Copy(SharedPlan plan) => Parse(ToUtf8Json(plan));
}
