using EigenPlan.Core.Security;
using LiteDB;

namespace EigenPlan.Storage;

/// <summary>
/// One row of the <c>plans</c> collection: only what is needed to check a code and decrypt — public id, salt,
/// iterations, verifier, the plan key wrapped under the code key, nonce and ciphertext, the version, UTC times. Never the
/// code. A deleted plan stays as a tombstone with nothing but its id and deletion time, so the id is never handed out again.
/// </summary>
internal sealed record PlanRecord(
    PlanId Id,
    byte[] Salt,
    int Iterations,
    byte[] Verifier,
    SealedBox WrappedKey,
    SealedBox Content,
    long Version,
    DateTime CreatedUtc,
    DateTime UpdatedUtc)
{
    public const string CollectionName = "plans";

    public BsonDocument ToDocument() => new()
    {
        ["_id"] = Id.Value,
        ["salt"] = Salt,
        ["iterations"] = Iterations,
        ["verifier"] = Verifier,
        ["keyNonce"] = WrappedKey.Nonce,
        ["wrappedKey"] = WrappedKey.Ciphertext,
        ["nonce"] = Content.Nonce,
        ["ciphertext"] = Content.Ciphertext,
        ["version"] = Version,
        ["createdTicks"] = CreatedUtc.Ticks,
        ["updatedTicks"] = UpdatedUtc.Ticks,
    };

    public static BsonDocument Tombstone(PlanId id, DateTime deletedUtc) => new()
    {
        ["_id"] = id.Value,
        ["deletedTicks"] = deletedUtc.Ticks,
    };

    /// <summary>Null for a tombstone.</summary>
    public static PlanRecord? FromDocument(BsonDocument? d) =>
        d is null || d.ContainsKey("deletedTicks")
            ? null
            : new PlanRecord(
                new PlanId(d["_id"].AsString),
                d["salt"].AsBinary,
                d["iterations"].AsInt32,
                d["verifier"].AsBinary,
                new SealedBox(d["keyNonce"].AsBinary, d["wrappedKey"].AsBinary),
                new SealedBox(d["nonce"].AsBinary, d["ciphertext"].AsBinary),
                d["version"].AsInt64,
                new DateTime(d["createdTicks"].AsInt64, DateTimeKind.Utc),
                new DateTime(d["updatedTicks"].AsInt64, DateTimeKind.Utc));
}
