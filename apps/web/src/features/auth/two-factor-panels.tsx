import { DownloadOutlined, PrinterOutlined } from "@ant-design/icons";
import { Button, Flex, Space, Typography } from "antd";
import { t } from "../../app/locale/index.ts";

const m = t.twoFactor;

/**
 * The QR code of a new secret and, for a phone that cannot scan, the key to type. The otpauth address rides
 * on the image as a data attribute (what the QR encodes), so the browser test reads what a phone would.
 */
export function EnrolmentQr({ setup }: { setup: { qrDataUrl: string; otpauthUrl: string; secret: string } }) {
  return (
    <Flex vertical align="center" gap={8} style={{ marginBottom: 16 }} data-testid="two-factor-enrolment">
      <img
        src={setup.qrDataUrl}
        alt={m.qrAlt}
        width={180}
        height={180}
        data-otpauth={setup.otpauthUrl}
        data-testid="two-factor-qr"
      />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {m.secretLabel}
      </Typography.Text>
      <Typography.Text copyable code data-testid="two-factor-secret">
        {setup.secret}
      </Typography.Text>
    </Flex>
  );
}

function downloadCodes(codes: string[]) {
  const text = `${m.recoveryFileHeading}\n\n${codes.join("\n")}\n`;
  const url = URL.createObjectURL(new Blob([text], { type: "text/plain;charset=utf-8" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = m.recoveryFileName;
  link.click();
  URL.revokeObjectURL(url);
}

function printCodes(codes: string[]) {
  const frame = window.open("", "_blank", "width=480,height=640");
  if (!frame) return;
  const doc = frame.document;
  doc.title = m.recoveryTitle;
  const heading = doc.createElement("h3");
  heading.textContent = m.recoveryFileHeading;
  const list = doc.createElement("pre");
  list.style.fontSize = "16px";
  list.textContent = codes.join("\n");
  doc.body.append(heading, list);
  frame.print();
}

/** Ten recovery codes, shown once: copy, save as a text file or print. */
export function RecoveryCodesList({ codes }: { codes: string[] }) {
  return (
    <div data-testid="two-factor-recovery">
      <Typography.Title level={4}>{m.recoveryTitle}</Typography.Title>
      <Typography.Paragraph type="secondary">{m.recoveryHint}</Typography.Paragraph>
      <Typography.Paragraph copyable={{ text: codes.join("\n") }}>
        <pre style={{ columns: 2, margin: 0 }} data-testid="two-factor-recovery-codes">
          {codes.join("\n")}
        </pre>
      </Typography.Paragraph>
      <Space wrap style={{ marginBottom: 16 }}>
        <Button icon={<DownloadOutlined />} onClick={() => downloadCodes(codes)}>
          {m.recoveryDownload}
        </Button>
        <Button icon={<PrinterOutlined />} onClick={() => printCodes(codes)}>
          {m.recoveryPrint}
        </Button>
      </Space>
    </div>
  );
}
