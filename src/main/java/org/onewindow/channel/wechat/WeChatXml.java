package org.onewindow.channel.wechat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * WeChat's XML, read safely and written with CDATA. Reading refuses any DOCTYPE (so no external
 * entity, no entity expansion — XXE and "billion laughs" are rejected before anything is
 * resolved), and reads only bodies up to {@link #MAX_BYTES}.
 */
public final class WeChatXml {

    /** The largest message body read; WeChat's pushes are well under 2 KB. */
    public static final int MAX_BYTES = 16 * 1024;

    private WeChatXml() {}

    /** Why a body is not a WeChat message. */
    public static final class MalformedXml extends Exception {
        MalformedXml(String message) {
            super(message, null, false, false);
        }
    }

    public static WeChatMessage parse(byte[] body) throws MalformedXml {
        Element root = root(body);
        String from = text(root, "FromUserName");
        String to = text(root, "ToUserName");
        String type = text(root, "MsgType");
        if (from == null || from.isBlank() || to == null || type == null) {
            throw new MalformedXml("ToUserName, FromUserName and MsgType are required");
        }
        long created;
        try {
            String createTime = text(root, "CreateTime");
            created = createTime == null ? 0 : Long.parseLong(createTime.trim());
        } catch (NumberFormatException e) {
            throw new MalformedXml("CreateTime must be an integer");
        }
        return new WeChatMessage(
                to,
                from,
                created,
                type.trim(),
                text(root, "Content"),
                trimmed(text(root, "MsgId")),
                trimmed(text(root, "Event")),
                text(root, "Recognition"),
                trimmed(text(root, "MediaId")));
    }

    /** The {@code Encrypt} of an encrypted push (安全模式): the Base64 ciphertext of the message. */
    public static String encrypted(byte[] body) throws MalformedXml {
        String encrypt = text(root(body), "Encrypt");
        if (encrypt == null || encrypt.isBlank()) {
            throw new MalformedXml("Encrypt is required in an encrypted message");
        }
        return encrypt.trim();
    }

    /** The body of an encrypted passive reply: the ciphertext, its signature, timestamp and nonce. */
    public static String encryptedReply(String encrypt, String msgSignature, long timestamp, String nonce) {
        return "<xml>"
                + "<Encrypt>" + cdata(encrypt) + "</Encrypt>"
                + "<MsgSignature>" + cdata(msgSignature) + "</MsgSignature>"
                + "<TimeStamp>" + timestamp + "</TimeStamp>"
                + "<Nonce>" + cdata(nonce) + "</Nonce>"
                + "</xml>";
    }

    private static Element root(byte[] body) throws MalformedXml {
        if (body.length > MAX_BYTES) {
            throw new MalformedXml("the message is larger than " + MAX_BYTES + " bytes");
        }
        Document document;
        try {
            DocumentBuilder builder = factory().newDocumentBuilder();
            builder.setErrorHandler(null);
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entities are not allowed");
            });
            document = builder.parse(new ByteArrayInputStream(body));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the XML parser cannot be configured safely", e);
        } catch (SAXException | IOException e) {
            throw new MalformedXml("the body is not well-formed XML without a DOCTYPE");
        }
        Element root = document.getDocumentElement();
        if (!"xml".equals(root.getTagName())) {
            throw new MalformedXml("the root element must be <xml>");
        }
        return root;
    }

    /** A passive text reply to {@code openId} from the account {@code account}. */
    public static String textReply(String openId, String account, long createTime, String content) {
        return "<xml>"
                + "<ToUserName>" + cdata(openId) + "</ToUserName>"
                + "<FromUserName>" + cdata(account) + "</FromUserName>"
                + "<CreateTime>" + createTime + "</CreateTime>"
                + "<MsgType>" + cdata("text") + "</MsgType>"
                + "<Content>" + cdata(content) + "</Content>"
                + "</xml>";
    }

    static String cdata(String value) {
        return "<![CDATA[" + value.replace("]]>", "]]]]><![CDATA[>") + "]]>";
    }

    private static DocumentBuilderFactory factory() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        factory.setNamespaceAware(false);
        return factory;
    }

    private static String text(Element root, String name) {
        NodeList children = root.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            Node child = children.item(i);
            if (child instanceof Element element && element.getTagName().equals(name)) {
                return element.getTextContent();
            }
        }
        return null;
    }

    private static String trimmed(String s) {
        return s == null ? null : s.trim();
    }
}
