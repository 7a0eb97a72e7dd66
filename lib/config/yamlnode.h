#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <vector>

namespace zenith {

//! One node of a parsed YAML (or JSON) configuration file: a typed scalar, a sequence or an
//! ordered mapping, remembering the file and 1-based line it came from so that errors can point there.
class YamlNode
{
public:
    //! What the node holds; scalars are typed by the YAML 1.2 core schema.
    enum class Type { Null, Boolean, Integer, Float, String, Sequence, Mapping };

    YamlNode() = default; //!< a null node

    //! A scalar; `text` is its decoded text, `value` its typed value (YAML 1.2 core schema).
    static YamlNode scalar(Type type, const QVariant& value, const QString& text, int line);
    //! A string scalar whose text is its value.
    static YamlNode string(const QString& text, int line);
    //! An empty sequence or mapping starting on `line`.
    static YamlNode collection(Type type, int line);
    //! Converts a JSON document (clouds.json); every node gets `line`.
    static YamlNode fromJson(const QJsonValue& json, int line = 0);

    Type type() const { return m_type; }
    bool isNull() const { return m_type == Type::Null; }
    bool isScalar() const { return m_type != Type::Sequence && m_type != Type::Mapping; }
    bool isSequence() const { return m_type == Type::Sequence; }
    bool isMapping() const { return m_type == Type::Mapping; }
    //! "a mapping", "a list", "a string"…, for error messages.
    QString typeName() const;

    int line() const { return m_line; }
    void setLine(int line) { m_line = line; }
    const QString& file() const { return m_file; }
    //! Sets the file of this node and of every node below it.
    void setFile(const QString& file);

    //! Scalar text as written (after unquoting): "3" for 3, "" for null. Empty for collections.
    const QString& text() const { return m_text; }
    //! Typed scalar: bool, qint64, double, QString, or a null QVariant.
    const QVariant& value() const { return m_value; }

    //! Number of items of a sequence or entries of a mapping.
    qsizetype size() const { return static_cast<qsizetype>(m_children.size()); }
    //! Items of a sequence, or values of a mapping (in file order, matching keys()).
    const std::vector<YamlNode>& children() const { return m_children; }
    //! Keys of a mapping, in file order.
    const QStringList& keys() const { return m_keys; }
    //! The value under `key` in a mapping, or nullptr.
    const YamlNode* find(QStringView key) const;

    //! Appends an item to a sequence.
    void append(YamlNode item);
    //! Sets `key` in a mapping, replacing an existing value in place (file order kept).
    void insert(const QString& key, YamlNode value);

    //! Deep-merges `over` into a copy of this node the way openstacksdk merges secure.yaml:
    //! mappings merge key by key, anything else in `over` replaces.
    YamlNode mergedWith(const YamlNode& over) const;

    //! QVariantMap / QVariantList / typed scalar tree (mapping order is lost).
    QVariant toVariant() const;
    //! JSON tree (mapping order is lost).
    QJsonValue toJson() const;

private:
    Type m_type = Type::Null;
    int m_line = 0;
    QString m_file;
    QString m_text;
    QVariant m_value;
    QStringList m_keys;
    std::vector<YamlNode> m_children;
};

} // namespace zenith
