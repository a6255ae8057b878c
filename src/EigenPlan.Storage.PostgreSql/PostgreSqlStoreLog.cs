using Microsoft.Extensions.Logging;

namespace EigenPlan.Storage.PostgreSql;

/// <summary>The store's log lines (the same as the LiteDB provider's). Ids only: never content, codes, keys or client addresses.</summary>
internal static partial class PostgreSqlStoreLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Plan {PlanId} created")]
    public static partial void Created(ILogger logger, string planId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Plan {PlanId} opened ({How})")]
    public static partial void Opened(ILogger logger, string planId, string how);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Wrong code for plan {PlanId}")]
    public static partial void OpenFailed(ILogger logger, string planId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Plan {PlanId} deleted")]
    public static partial void Deleted(ILogger logger, string planId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Plan {PlanId}: a device was closed")]
    public static partial void DeviceClosed(ILogger logger, string planId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Plan {PlanId}: new code made, every other device closed")]
    public static partial void CodeChanged(ILogger logger, string planId);
}
