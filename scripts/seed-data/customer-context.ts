import { DEMO_CUSTOMER_IDS as C } from "./people.js";
import type { CustomerContext } from "./types.js";

/*
 * Demo data for the chatbot's customer-context provider, keyed by customer UUID (see people.ts).
 *
 * Scenarios worth knowing when demoing:
 * - Mohammed Al-Hashimi: pending withdrawal TXN-88412345 (matured sukuk INV-10234 proceeds).
 * - Emily Carter: duplicate VIP plan fee on 2025-11-01 (refund scenario).
 * - Rohan Mehta: USD 1 trade fee charged on a Premium plan (incorrect fee → refund scenario).
 * - Dana Al-Enezi: subscription fee failed (expired card), retry pending.
 * - Oliver Bennett / Aarav Patel / Nadia Farouk / Zainab Hussain / Sara Al-Qahtani: failed card deposits.
 * - Hira Khan / Vikram Singh: failed withdrawals (name mismatch / new bank account cooling-off).
 * - Youssef Mansour / Grace Thompson: KYC refresh REJECTED, withdrawals paused.
 * - Bilal Ahmed / Rania Khalil: KYC PENDING (document renewal / enhanced due diligence).
 * - Meera Nair: KYC NOT_STARTED, deposits rejected and orders cancelled.
 *
 * Amounts are in major currency units; subscription fees are always charged in USD.
 * Transactions are listed newest first. "Now" for the demo is around 2025-11-20.
 */
export const DEMO_CUSTOMER_CONTEXTS: Record<string, CustomerContext> = {
  [C.mohammedAlHashimi]: {
    customerId: C.mohammedAlHashimi,
    kycStatus: "VERIFIED",
    kycReason: "Identity and address verified; annual refresh completed.",
    kycNextStep: "No action needed. Next periodic review due 2026-03-14.",
    kycUpdatedAt: "2025-03-14T07:12:00Z",
    investments: [
      { id: "INV-10231", productName: "Sharia Growth Portfolio", amount: 250000, currency: "AED", status: "ACTIVE", startedAt: "2023-03-14T08:30:00Z" },
      { id: "INV-10232", productName: "24-Month Fixed-Term Sukuk", amount: 150000, currency: "AED", status: "ACTIVE", startedAt: "2024-06-02T06:00:00Z" },
      { id: "INV-10233", productName: "Gold Savings Plan", amount: 18000, currency: "AED", status: "ACTIVE", startedAt: "2024-01-10T09:15:00Z" },
      { id: "INV-10234", productName: "12-Month Fixed-Term Sukuk", amount: 100000, currency: "AED", status: "MATURED", startedAt: "2024-09-01T06:00:00Z" },
    ],
    recentTransactions: [
      { id: "TXN-88412345", type: "WITHDRAWAL", amount: 75000, currency: "AED", status: "PENDING", at: "2025-11-18T10:05:00Z" },
      { id: "TXN-88411877", type: "FEE", amount: 45, currency: "USD", status: "COMPLETED", at: "2025-11-01T00:10:00Z" },
      { id: "TXN-88412102", type: "DIVIDEND", amount: 3625.5, currency: "AED", status: "COMPLETED", at: "2025-10-01T05:30:00Z" },
      { id: "TXN-88410953", type: "DEPOSIT", amount: 50000, currency: "AED", status: "COMPLETED", at: "2025-09-15T11:42:00Z" },
    ],
  },
  [C.saraAlQahtani]: {
    customerId: C.saraAlQahtani,
    kycStatus: "VERIFIED",
    kycReason: "National ID and selfie verified automatically.",
    kycNextStep: "No action needed. Next periodic review due 2026-02-20.",
    kycUpdatedAt: "2024-02-19T13:40:00Z",
    investments: [
      { id: "INV-10235", productName: "Sharia Balanced Portfolio", amount: 60000, currency: "SAR", status: "ACTIVE", startedAt: "2024-02-20T07:00:00Z" },
      { id: "INV-10236", productName: "12-Month Fixed-Term Sukuk", amount: 40000, currency: "SAR", status: "PENDING", startedAt: "2025-11-19T09:20:00Z" },
      { id: "INV-10237", productName: "Gulf Equities ETF Basket", amount: 15000, currency: "SAR", status: "ACTIVE", startedAt: "2025-01-12T08:45:00Z" },
    ],
    recentTransactions: [
      { id: "TXN-88413010", type: "DEPOSIT", amount: 40000, currency: "SAR", status: "COMPLETED", at: "2025-11-18T12:00:00Z" },
      { id: "TXN-88420417", type: "DEPOSIT", amount: 5000, currency: "SAR", status: "FAILED", failureReason: "3-D Secure authentication not completed (confirmation timed out).", at: "2025-11-17T18:22:00Z" },
      { id: "TXN-88409326", type: "FEE", amount: 15, currency: "USD", status: "COMPLETED", at: "2025-11-01T00:10:00Z" },
      { id: "TXN-88402281", type: "DIVIDEND", amount: 412.8, currency: "SAR", status: "COMPLETED", at: "2025-09-30T06:15:00Z" },
    ],
  },
  [C.youssefMansour]: {
    customerId: C.youssefMansour,
    kycStatus: "REJECTED",
    kycReason:
      "Periodic KYC refresh: proof of address rejected because the utility bill uploaded on 2025-11-10 is dated June 2025 (older than 3 months).",
    kycNextStep:
      "Upload a utility bill or bank statement dated within the last 3 months in Profile > Identity verification. Withdrawals are paused until the refresh is approved.",
    kycUpdatedAt: "2025-11-11T09:42:00Z",
    investments: [
      { id: "INV-10238", productName: "Balanced Managed Portfolio", amount: 3500, currency: "USD", status: "ACTIVE", startedAt: "2024-04-08T10:00:00Z" },
      { id: "INV-10239", productName: "Gold Savings Plan", amount: 600, currency: "USD", status: "ACTIVE", startedAt: "2024-08-01T06:00:00Z" },
    ],
    recentTransactions: [
      { id: "TXN-88415562", type: "WITHDRAWAL", amount: 800, currency: "USD", status: "FAILED", failureReason: "Withdrawals paused: KYC refresh rejected (proof of address older than 3 months).", at: "2025-11-12T14:31:00Z" },
      { id: "TXN-88407719", type: "FEE", amount: 1.46, currency: "USD", status: "COMPLETED", at: "2025-11-01T00:10:00Z" },
      { id: "TXN-88399804", type: "DEPOSIT", amount: 500, currency: "USD", status: "COMPLETED", at: "2025-10-05T08:12:00Z" },
    ],
  },
  [C.aaravPatel]: {
    customerId: C.aaravPatel,
    kycStatus: "VERIFIED",
    kycReason: "Passport and proof of address verified after manual review.",
    kycNextStep: "No action needed. Next periodic review due 2026-11-20.",
    kycUpdatedAt: "2023-11-20T05:50:00Z",
    investments: [
      { id: "INV-10240", productName: "Growth Managed Portfolio", amount: 12000, currency: "USD", status: "ACTIVE", startedAt: "2023-11-20T09:00:00Z" },
      { id: "INV-10241", productName: "US Technology Sector ETF", amount: 4500, currency: "USD", status: "ACTIVE", startedAt: "2024-05-15T14:35:00Z" },
      { id: "INV-10242", productName: "6-Month Fixed-Term Sukuk", amount: 3000, currency: "USD", status: "MATURED", startedAt: "2025-03-01T06:00:00Z" },
    ],
    recentTransactions: [
      { id: "TXN-88417790", type: "DEPOSIT", amount: 2000, currency: "USD", status: "COMPLETED", at: "2025-11-15T07:48:00Z" },
      { id: "TXN-88417735", type: "DEPOSIT", amount: 2000, currency: "USD", status: "FAILED", failureReason: "Declined by issuing bank: international transactions are not enabled on this card.", at: "2025-11-14T16:03:00Z" },
      { id: "TXN-88409001", type: "FEE", amount: 15, currency: "USD", status: "COMPLETED", at: "2025-11-01T00:10:00Z" },
      { id: "TXN-88416630", type: "DIVIDEND", amount: 18.42, currency: "USD", status: "COMPLETED", at: "2025-09-26T13:00:00Z" },
    ],
  },
  [C.ananyaIyer]: {
    customerId: C.ananyaIyer,
    kycStatus: "VERIFIED",
    kycReason: "Aadhaar card and selfie verified automatically.",
    kycNextStep: "No action needed. Next periodic review due 2027-02-01.",
    kycUpdatedAt: "2025-02-01T11:25:00Z",
    investments: [
      { id: "INV-10243", productName: "Conservative Managed Portfolio", amount: 1500, currency: "USD", status: "ACTIVE", startedAt: "2025-02-03T09:00:00Z" },
      { id: "INV-10244", productName: "Global Equity ETF Basket", amount: 800, currency: "USD", status: "PENDING", startedAt: "2025-11-20T15:10:00Z" },
    ],
    recentTransactions: [
      { id: "TXN-88418871", type: "FEE", amount: 1, currency: "USD", status: "PENDING", at: "2025-11-20T15:10:00Z" },
      { id: "TXN-88418820", type: "DEPOSIT", amount: 800, currency: "USD", status: "COMPLETED", at: "2025-11-19T10:27:00Z" },
      { id: "TXN-88411420", type: "FEE", amount: 0.63, currency: "USD", status: "COMPLETED", at: "2025-11-01T00:10:00Z" },
    ],
  },
  [C.bilalAhmed]: {
    customerId: C.bilalAhmed,
    kycStatus: "PENDING",
    kycReason:
      "CNIC on file expired on 2025-10-31; the renewed CNIC was uploaded on 2025-11-19 and is under manual review.",
    kycNextStep:
      "No action needed from the customer; review completes within 3 business days. New deposits are held until it is approved.",
    kycUpdatedAt: "2025-11-19T06:35:00Z",
    investments: [
      { id: "INV-10245", productName: "Sharia Balanced Portfolio", amount: 2200, currency: "USD", status: "ACTIVE", startedAt: "2024-07-22T07:30:00Z" },
      { id: "INV-10246", productName: "Gold Savings Plan", amount: 350, currency: "USD", status: "ACTIVE", startedAt: "2025-01-05T06:00:00Z" },
    ],
    recentTransactions: [
      { id: "TXN-88419904", type: "DEPOSIT", amount: 300, currency: "USD", status: "PENDING", at: "2025-11-19T09:02:00Z" },
      { id: "TXN-88405013", type: "FEE", amount: 0.92, currency: "USD", status: "COMPLETED", at: "2025-11-01T00:10:00Z" },
      { id: "TXN-88405512", type: "DIVIDEND", amount: 21.3, currency: "USD", status: "COMPLETED", at: "2025-10-01T05:30:00Z" },
    ],
  },
  [C.hiraKhan]: {
    customerId: C.hiraKhan,
    kycStatus: "VERIFIED",
    kycReason: "CNIC, selfie and proof of address verified.",
    kycNextStep: "No action needed. Next periodic review due 2026-09-11.",
    kycUpdatedAt: "2024-09-11T10:05:00Z",
    investments: [
      { id: "INV-10247", productName: "Sharia Growth Portfolio", amount: 9500, currency: "USD", status: "ACTIVE", startedAt: "2023-09-11T08:00:00Z" },
      { id: "INV-10248", productName: "12-Month Fixed-Term Sukuk", amount: 5000, currency: "USD", status: "ACTIVE", startedAt: "2025-04-01T06:00:00Z" },
      { id: "INV-10249", productName: "Global Equity ETF Basket", amount: 1200, currency: "USD", status: "CANCELLED", startedAt: "2025-10-21T13:45:00Z" },
    ],
    recentTransactions: [
      { id: "TXN-88421290", type: "WITHDRAWAL", amount: 1500, currency: "USD", status: "COMPLETED", at: "2025-11-16T08:20:00Z" },
      { id: "TXN-88421136", type: "WITHDRAWAL", amount: 1500, currency: "USD", status: "FAILED", failureReason: "Beneficiary bank account name does not match the account holder's name.", at: "2025-11-13T11:54:00Z" },
      { id: "TXN-88408870", type: "FEE", amount: 15, currency: "USD", status: "COMPLETED", at: "2025-11-01T00:10:00Z" },
      { id: "TXN-88403345", type: "DIVIDEND", amount: 96.4, currency: "USD", status: "COMPLETED", at: "2025-10-01T05:30:00Z" },
    ],
  },
  [C.oliverBennett]: {
    customerId: C.oliverBennett,
    kycStatus: "VERIFIED",
    kycReason: "Passport and selfie verified automatically.",
    kycNextStep: "No action needed. Next periodic review due 2027-03-18.",
    kycUpdatedAt: "2024-03-17T16:20:00Z",
    investments: [
      { id: "INV-10250", productName: "Growth Managed Portfolio", amount: 8000, currency: "GBP", status: "ACTIVE", startedAt: "2024-03-18T09:00:00Z" },
      { id: "INV-10251", productName: "Global Equity ETF Basket", amount: 2500, currency: "GBP", status: "ACTIVE", startedAt: "2024-10-07T14:32:00Z" },
    ],
    recentTransactions: [
      { id: "TXN-88422455", type: "DEPOSIT", amount: 6000, currency: "GBP", status: "COMPLETED", at: "2025-11-11T10:15:00Z" },
      { id: "TXN-88422401", type: "DEPOSIT", amount: 6000, currency: "GBP", status: "FAILED", failureReason: "Daily card deposit limit exceeded (USD 5,000 per day).", at: "2025-11-10T19:44:00Z" },
      { id: "TXN-88410218", type: "FEE", amount: 3.33, currency: "GBP", status: "COMPLETED", at: "2025-11-01T00:10:00Z" },
      { id: "TXN-88401167", type: "DIVIDEND", amount: 14.75, currency: "GBP", status: "COMPLETED", at: "2025-09-29T12:00:00Z" },
    ],
  },
  [C.emilyCarter]: {
    customerId: C.emilyCarter,
    kycStatus: "VERIFIED",
    kycReason: "Passport, proof of address and W-9 tax form verified.",
    kycNextStep: "No action needed. Next periodic review due 2026-01-15.",
    kycUpdatedAt: "2025-01-15T15:00:00Z",
    investments: [
      { id: "INV-10252", productName: "Balanced Managed Portfolio", amount: 85000, currency: "USD", status: "ACTIVE", startedAt: "2022-12-05T14:30:00Z" },
      { id: "INV-10253", productName: "US Technology Sector ETF", amount: 40000, currency: "USD", status: "ACTIVE", startedAt: "2023-06-19T14:45:00Z" },
      { id: "INV-10254", productName: "24-Month Fixed-Term Sukuk", amount: 25000, currency: "USD", status: "ACTIVE", startedAt: "2024-12-01T06:00:00Z" },
      { id: "INV-10255", productName: "Gold Savings Plan", amount: 6000, currency: "USD", status: "ACTIVE", startedAt: "2024-02-01T06:00:00Z" },
    ],
    recentTransactions: [
      { id: "TXN-88423578", type: "DIVIDEND", amount: 212.35, currency: "USD", status: "COMPLETED", at: "2025-11-14T13:00:00Z" },
      { id: "TXN-88423013", type: "FEE", amount: 45, currency: "USD", status: "COMPLETED", at: "2025-11-01T00:10:04Z" },
      { id: "TXN-88423012", type: "FEE", amount: 45, currency: "USD", status: "COMPLETED", at: "2025-11-01T00:10:00Z" },
      { id: "TXN-88419321", type: "WITHDRAWAL", amount: 10000, currency: "USD", status: "COMPLETED", at: "2025-10-28T15:36:00Z" },
    ],
  },
  [C.raniaKhalil]: {
    customerId: C.raniaKhalil,
    kycStatus: "PENDING",
    kycReason:
      "Enhanced due diligence after a USD 25,000 deposit: source-of-funds document (property sale contract) submitted on 2025-11-17 is under compliance review.",
    kycNextStep:
      "No action needed unless compliance requests more documents; review completes within 3 business days and the deposit is credited once approved.",
    kycUpdatedAt: "2025-11-17T08:10:00Z",
    investments: [
      { id: "INV-10256", productName: "Sharia Balanced Portfolio", amount: 4000, currency: "USD", status: "ACTIVE", startedAt: "2024-09-09T07:00:00Z" },
      { id: "INV-10257", productName: "12-Month Fixed-Term Sukuk", amount: 2000, currency: "USD", status: "ACTIVE", startedAt: "2025-05-01T06:00:00Z" },
    ],
    recentTransactions: [
      { id: "TXN-88424690", type: "DEPOSIT", amount: 25000, currency: "USD", status: "PENDING", at: "2025-11-16T09:30:00Z" },
      { id: "TXN-88404418", type: "DIVIDEND", amount: 48, currency: "USD", status: "COMPLETED", at: "2025-11-01T05:30:00Z" },
      { id: "TXN-88412760", type: "FEE", amount: 1.67, currency: "USD", status: "COMPLETED", at: "2025-11-01T00:10:00Z" },
    ],
  },
  [C.hamadAlKuwari]: {
    customerId: C.hamadAlKuwari,
    kycStatus: "VERIFIED",
    kycReason: "Qatari ID, proof of address and source of wealth verified.",
    kycNextStep: "No action needed. Next periodic review due 2026-01-15.",
    kycUpdatedAt: "2025-01-14T10:30:00Z",
    investments: [
      { id: "INV-10258", productName: "Sharia Growth Portfolio", amount: 180000, currency: "USD", status: "ACTIVE", startedAt: "2023-01-15T08:00:00Z" },
      { id: "INV-10259", productName: "24-Month Fixed-Term Sukuk", amount: 100000, currency: "USD", status: "ACTIVE", startedAt: "2024-03-01T06:00:00Z" },
      { id: "INV-10260", productName: "Gulf Equities ETF Basket", amount: 35000, currency: "USD", status: "ACTIVE", startedAt: "2024-11-11T07:20:00Z" },
    ],
    recentTransactions: [
      { id: "TXN-88425803", type: "WITHDRAWAL", amount: 20000, currency: "USD", status: "PENDING", at: "2025-11-20T06:45:00Z" },
      { id: "TXN-88402209", type: "FEE", amount: 37.5, currency: "USD", status: "COMPLETED", at: "2025-11-01T00:20:00Z" },
      { id: "TXN-88409955", type: "FEE", amount: 45, currency: "USD", status: "COMPLETED", at: "2025-11-01T00:10:00Z" },
      { id: "TXN-88413939", type: "DIVIDEND", amount: 2400, currency: "USD", status: "COMPLETED", at: "2025-09-01T05:30:00Z" },
    ],
  },
  [C.danaAlEnezi]: {
    customerId: C.danaAlEnezi,
    kycStatus: "VERIFIED",
    kycReason: "Kuwaiti civil ID and selfie verified automatically.",
    kycNextStep: "No action needed. Next periodic review due 2026-01-22.",
    kycUpdatedAt: "2024-01-21T12:00:00Z",
    investments: [
      { id: "INV-10261", productName: "Balanced Managed Portfolio", amount: 15000, currency: "USD", status: "ACTIVE", startedAt: "2024-01-22T08:00:00Z" },
      { id: "INV-10262", productName: "Gold Savings Plan", amount: 1800, currency: "USD", status: "ACTIVE", startedAt: "2024-06-01T06:00:00Z" },
      { id: "INV-10263", productName: "6-Month Fixed-Term Sukuk", amount: 5000, currency: "USD", status: "PENDING", startedAt: "2025-11-20T07:55:00Z" },
    ],
    recentTransactions: [
      { id: "TXN-88426914", type: "DEPOSIT", amount: 5000, currency: "USD", status: "COMPLETED", at: "2025-11-19T07:40:00Z" },
      { id: "TXN-88427301", type: "FEE", amount: 15, currency: "USD", status: "PENDING", at: "2025-11-04T00:10:00Z" },
      { id: "TXN-88426120", type: "FEE", amount: 15, currency: "USD", status: "FAILED", failureReason: "Subscription payment failed: card on file has expired.", at: "2025-11-01T00:10:00Z" },
      { id: "TXN-88400876", type: "DIVIDEND", amount: 63.2, currency: "USD", status: "COMPLETED", at: "2025-10-01T05:30:00Z" },
    ],
  },
  [C.vikramSingh]: {
    customerId: C.vikramSingh,
    kycStatus: "VERIFIED",
    kycReason: "Passport, Emirates ID and tenancy contract verified.",
    kycNextStep: "No action needed. Next periodic review due 2026-08-14.",
    kycUpdatedAt: "2024-08-13T09:10:00Z",
    investments: [
      { id: "INV-10264", productName: "Growth Managed Portfolio", amount: 45000, currency: "AED", status: "ACTIVE", startedAt: "2023-08-14T07:00:00Z" },
      { id: "INV-10265", productName: "US Technology Sector ETF", amount: 3000, currency: "USD", status: "ACTIVE", startedAt: "2024-09-30T14:40:00Z" },
      { id: "INV-10266", productName: "12-Month Fixed-Term Sukuk", amount: 20000, currency: "AED", status: "MATURED", startedAt: "2024-10-15T06:00:00Z" },
    ],
    recentTransactions: [
      { id: "TXN-88428140", type: "WITHDRAWAL", amount: 20000, currency: "AED", status: "COMPLETED", at: "2025-11-18T08:30:00Z" },
      { id: "TXN-88428025", type: "WITHDRAWAL", amount: 20000, currency: "AED", status: "FAILED", failureReason: "Bank account was added less than 24 hours ago (security cooling-off period).", at: "2025-11-17T09:12:00Z" },
      { id: "TXN-88411002", type: "FEE", amount: 15, currency: "USD", status: "COMPLETED", at: "2025-11-01T00:10:00Z" },
      { id: "TXN-88398812", type: "DIVIDEND", amount: 4.96, currency: "USD", status: "COMPLETED", at: "2025-09-26T13:00:00Z" },
    ],
  },
  [C.zainabHussain]: {
    customerId: C.zainabHussain,
    kycStatus: "VERIFIED",
    kycReason: "Emirates ID and selfie verified automatically.",
    kycNextStep: "No action needed. Next periodic review due 2027-05-05.",
    kycUpdatedAt: "2024-05-04T10:45:00Z",
    investments: [
      { id: "INV-10267", productName: "Sharia Balanced Portfolio", amount: 7500, currency: "AED", status: "ACTIVE", startedAt: "2024-05-05T07:00:00Z" },
      { id: "INV-10268", productName: "Gold Savings Plan", amount: 1200, currency: "AED", status: "ACTIVE", startedAt: "2025-03-01T06:00:00Z" },
    ],
    recentTransactions: [
      { id: "TXN-88429201", type: "DEPOSIT", amount: 500, currency: "AED", status: "COMPLETED", at: "2025-11-15T17:05:00Z" },
      { id: "TXN-88429136", type: "DEPOSIT", amount: 1000, currency: "AED", status: "FAILED", failureReason: "Insufficient funds on the card.", at: "2025-11-15T16:58:00Z" },
      { id: "TXN-88410775", type: "FEE", amount: 3.13, currency: "AED", status: "COMPLETED", at: "2025-11-01T00:10:00Z" },
    ],
  },
  [C.rohanMehta]: {
    customerId: C.rohanMehta,
    kycStatus: "VERIFIED",
    kycReason: "Passport and proof of address verified.",
    kycNextStep: "No action needed. Next periodic review due 2026-05-30.",
    kycUpdatedAt: "2023-05-29T14:15:00Z",
    investments: [
      { id: "INV-10269", productName: "Growth Managed Portfolio", amount: 22000, currency: "GBP", status: "ACTIVE", startedAt: "2023-05-30T08:00:00Z" },
      { id: "INV-10270", productName: "US Technology Sector ETF", amount: 6000, currency: "USD", status: "ACTIVE", startedAt: "2024-02-14T15:05:00Z" },
      { id: "INV-10271", productName: "Global Equity ETF Basket", amount: 3000, currency: "GBP", status: "CANCELLED", startedAt: "2025-11-03T08:50:00Z" },
    ],
    recentTransactions: [
      { id: "TXN-88430247", type: "DIVIDEND", amount: 31.6, currency: "USD", status: "COMPLETED", at: "2025-11-14T13:00:00Z" },
      { id: "TXN-88430391", type: "FEE", amount: 1, currency: "USD", status: "COMPLETED", at: "2025-11-03T08:50:00Z" },
      { id: "TXN-88430388", type: "FEE", amount: 15, currency: "USD", status: "COMPLETED", at: "2025-11-01T00:10:00Z" },
      { id: "TXN-88421977", type: "DEPOSIT", amount: 3000, currency: "GBP", status: "COMPLETED", at: "2025-10-30T09:25:00Z" },
    ],
  },
  [C.meeraNair]: {
    customerId: C.meeraNair,
    kycStatus: "NOT_STARTED",
    kycReason: "Account created on 2025-11-18; identity verification has not been started.",
    kycNextStep:
      "Complete identity verification in Profile > Identity verification (Aadhaar card or passport plus a selfie). Deposits and investing are disabled until then.",
    kycUpdatedAt: null,
    investments: [
      { id: "INV-10272", productName: "Conservative Managed Portfolio", amount: 500, currency: "USD", status: "CANCELLED", startedAt: "2025-11-18T12:10:00Z" },
      { id: "INV-10273", productName: "Gold Savings Plan", amount: 50, currency: "USD", status: "CANCELLED", startedAt: "2025-11-19T04:35:00Z" },
    ],
    recentTransactions: [
      { id: "TXN-88431577", type: "DEPOSIT", amount: 50, currency: "USD", status: "FAILED", failureReason: "Account not verified: deposits are disabled until identity verification (KYC) is completed.", at: "2025-11-19T04:33:00Z" },
      { id: "TXN-88431502", type: "DEPOSIT", amount: 500, currency: "USD", status: "FAILED", failureReason: "Account not verified: deposits are disabled until identity verification (KYC) is completed.", at: "2025-11-19T04:30:00Z" },
      { id: "TXN-88431459", type: "DEPOSIT", amount: 500, currency: "USD", status: "FAILED", failureReason: "Account not verified: deposits are disabled until identity verification (KYC) is completed.", at: "2025-11-18T12:08:00Z" },
    ],
  },
  [C.imranQureshi]: {
    customerId: C.imranQureshi,
    kycStatus: "VERIFIED",
    kycReason: "Passport, proof of address and source of wealth verified.",
    kycNextStep: "No action needed. Next periodic review due 2026-10-10.",
    kycUpdatedAt: "2025-10-09T11:00:00Z",
    investments: [
      { id: "INV-10274", productName: "Sharia Growth Portfolio", amount: 120000, currency: "GBP", status: "ACTIVE", startedAt: "2022-10-10T08:00:00Z" },
      { id: "INV-10275", productName: "24-Month Fixed-Term Sukuk", amount: 50000, currency: "GBP", status: "ACTIVE", startedAt: "2025-01-06T06:00:00Z" },
      { id: "INV-10276", productName: "Gold Savings Plan", amount: 10000, currency: "GBP", status: "ACTIVE", startedAt: "2023-04-03T06:00:00Z" },
    ],
    recentTransactions: [
      { id: "TXN-88432560", type: "WITHDRAWAL", amount: 15000, currency: "GBP", status: "COMPLETED", at: "2025-11-07T10:40:00Z" },
      { id: "TXN-88409999", type: "FEE", amount: 25, currency: "GBP", status: "COMPLETED", at: "2025-11-01T00:20:00Z" },
      { id: "TXN-88409998", type: "FEE", amount: 45, currency: "USD", status: "COMPLETED", at: "2025-11-01T00:10:00Z" },
      { id: "TXN-88432612", type: "DIVIDEND", amount: 385.2, currency: "GBP", status: "COMPLETED", at: "2025-10-01T05:30:00Z" },
    ],
  },
  [C.nadiaFarouk]: {
    customerId: C.nadiaFarouk,
    kycStatus: "VERIFIED",
    kycReason: "Egyptian national ID, selfie and proof of address verified.",
    kycNextStep: "No action needed. Next periodic review due 2026-08-19.",
    kycUpdatedAt: "2024-08-18T08:25:00Z",
    investments: [
      { id: "INV-10277", productName: "Balanced Managed Portfolio", amount: 7000, currency: "USD", status: "ACTIVE", startedAt: "2024-08-19T08:00:00Z" },
      { id: "INV-10278", productName: "12-Month Fixed-Term Sukuk", amount: 3000, currency: "USD", status: "MATURED", startedAt: "2024-11-01T06:00:00Z" },
      { id: "INV-10279", productName: "Sharia Balanced Portfolio", amount: 3000, currency: "USD", status: "PENDING", startedAt: "2025-11-20T10:15:00Z" },
    ],
    recentTransactions: [
      { id: "TXN-88433671", type: "DEPOSIT", amount: 1500, currency: "USD", status: "FAILED", failureReason: "Declined by issuing bank (do not honour).", at: "2025-11-12T13:18:00Z" },
      { id: "TXN-88433789", type: "DIVIDEND", amount: 144, currency: "USD", status: "COMPLETED", at: "2025-11-03T05:30:00Z" },
      { id: "TXN-88433705", type: "FEE", amount: 15, currency: "USD", status: "COMPLETED", at: "2025-11-01T00:10:00Z" },
    ],
  },
  [C.faisalAlDosari]: {
    customerId: C.faisalAlDosari,
    kycStatus: "VERIFIED",
    kycReason: "Saudi national ID and selfie verified automatically.",
    kycNextStep: "No action needed. Next periodic review due 2027-10-01.",
    kycUpdatedAt: "2024-09-30T17:45:00Z",
    investments: [
      { id: "INV-10280", productName: "Sharia Balanced Portfolio", amount: 10000, currency: "SAR", status: "ACTIVE", startedAt: "2024-10-01T07:00:00Z" },
      { id: "INV-10281", productName: "Gulf Equities ETF Basket", amount: 2500, currency: "SAR", status: "ACTIVE", startedAt: "2025-06-15T08:10:00Z" },
    ],
    recentTransactions: [
      { id: "TXN-88434782", type: "WITHDRAWAL", amount: 3000, currency: "SAR", status: "PENDING", at: "2025-11-19T13:20:00Z" },
      { id: "TXN-88434810", type: "FEE", amount: 4.17, currency: "SAR", status: "COMPLETED", at: "2025-11-01T00:10:00Z" },
      { id: "TXN-88434893", type: "DEPOSIT", amount: 2500, currency: "SAR", status: "COMPLETED", at: "2025-10-20T09:00:00Z" },
    ],
  },
  [C.graceThompson]: {
    customerId: C.graceThompson,
    kycStatus: "REJECTED",
    kycReason:
      "Periodic KYC refresh: selfie check failed because the face was not clearly visible (strong glare).",
    kycNextStep:
      "Retake the selfie in Profile > Identity verification; the ID document does not need to be uploaded again. Withdrawals are paused until the refresh is approved.",
    kycUpdatedAt: "2025-11-14T17:05:00Z",
    investments: [
      { id: "INV-10282", productName: "Conservative Managed Portfolio", amount: 2000, currency: "USD", status: "ACTIVE", startedAt: "2024-12-12T14:30:00Z" },
      { id: "INV-10283", productName: "Global Equity ETF Basket", amount: 750, currency: "USD", status: "ACTIVE", startedAt: "2025-03-27T14:45:00Z" },
    ],
    recentTransactions: [
      { id: "TXN-88435893", type: "WITHDRAWAL", amount: 400, currency: "USD", status: "FAILED", failureReason: "Withdrawals paused: KYC refresh rejected (selfie check failed).", at: "2025-11-15T15:12:00Z" },
      { id: "TXN-88435920", type: "FEE", amount: 0.83, currency: "USD", status: "COMPLETED", at: "2025-11-01T00:10:00Z" },
      { id: "TXN-88435977", type: "DIVIDEND", amount: 3.12, currency: "USD", status: "COMPLETED", at: "2025-10-15T13:00:00Z" },
    ],
  },
};
