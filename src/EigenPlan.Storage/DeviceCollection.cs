using EigenPlan.Core.Security;
using LiteDB;

namespace EigenPlan.Storage;

/// <summary>
/// One row of <c>devices</c>: a browser's own copy of the plan key, wrapped under its secret, found by the device id.
/// Holds the secret's verifier, never the secret; the label is encrypted under the plan key.
/// </summary>
internal sealed record DeviceRecord(
    string Id,
    PlanId PlanId,
    byte[] Verifier,
    SealedBox WrappedKey,
    SealedBox Label,
    bool Shared,
    DateTime CreatedUtc,
    DateTime LastUsedUtc,
    DateTime ExpiresUtc)
{
    public BsonDocument ToDocument() => new()
    {
        ["_id"] = Id,
        ["planId"] = PlanId.Value,
        ["verifier"] = Verifier,
        ["keyNonce"] = WrappedKey.Nonce,
        ["wrappedKey"] = WrappedKey.Ciphertext,
        ["labelNonce"] = Label.Nonce,
        ["label"] = Label.Ciphertext,
        ["shared"] = Shared,
        ["createdTicks"] = CreatedUtc.Ticks,
        ["lastUsedTicks"] = LastUsedUtc.Ticks,
        ["expiresTicks"] = ExpiresUtc.Ticks,
    };

    public static DeviceRecord? FromDocument(BsonDocument? d) => d is null
        ? null
        : new DeviceRecord(
            d["_id"].AsString,
            new PlanId(d["planId"].AsString),
            d["verifier"].AsBinary,
            new SealedBox(d["keyNonce"].AsBinary, d["wrappedKey"].AsBinary),
            new SealedBox(d["labelNonce"].AsBinary, d["label"].AsBinary),
            d["shared"].AsBoolean,
            new DateTime(d["createdTicks"].AsInt64, DateTimeKind.Utc),
            new DateTime(d["lastUsedTicks"].AsInt64, DateTimeKind.Utc),
            new DateTime(d["expiresTicks"].AsInt64, DateTimeKind.Utc));
}

/// <summary>The <c>devices</c> collection. Callers of the writes hold the database's write lock.</summary>
internal sealed class DeviceCollection
{
    public const string Name = "devices";
    private readonly ILiteCollection<BsonDocument> _devices;

    public DeviceCollection(LiteDatabase db)
    {
        _devices = db.GetCollection(Name);
        _devices.EnsureIndex("planId");
    }

    public DeviceRecord? Find(string deviceId) => DeviceRecord.FromDocument(_devices.FindById(deviceId));

    /// <summary>The plan's devices that still work at <paramref name="nowUtc"/>, oldest first.</summary>
    public List<DeviceRecord> Working(PlanId planId, DateTime nowUtc) =>
        _devices.Find(Query.EQ("planId", planId.Value)).Select(d => DeviceRecord.FromDocument(d)!)
            .Where(d => d.ExpiresUtc > nowUtc)
            .OrderBy(d => d.CreatedUtc).ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToList();

    public void Insert(DeviceRecord device) => _devices.Insert(device.ToDocument());

    public void Update(DeviceRecord device) => _devices.Update(device.ToDocument());

    public bool Delete(string deviceId) => _devices.Delete(deviceId);

    /// <summary>Removes every device of the plan (a new code, or the plan deleted).</summary>
    public int DeleteForPlan(PlanId planId) => _devices.DeleteMany(Query.EQ("planId", planId.Value));

    /// <summary>Removes the plan's expired devices, so their key copies do not linger.</summary>
    public int DeleteExpired(PlanId planId, DateTime nowUtc) =>
        _devices.DeleteMany(Query.And(Query.EQ("planId", planId.Value), Query.LTE("expiresTicks", nowUtc.Ticks)));
}
