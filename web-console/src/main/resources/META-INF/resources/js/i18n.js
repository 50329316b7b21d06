// The console's words in Vietnamese (default) and English. Report titles and column headers come from the API itself
// (titleVi/titleEn, vi/en), so only the console's own words live here.
const WORDS = {
  vi: {
    appTitle: 'Bảng điều hành phát triển đảng viên',
    switchLanguage: 'English',
    overview: 'Tổng quan', funnel: 'Quy trình', newMembers: 'Đảng viên mới', coverage: 'Địa bàn, chi bộ',
    queue: 'Việc đến hạn', candidates: 'Quần chúng ưu tú',
    signIn: 'Đăng nhập', signOut: 'Đăng xuất', pasteToken: 'Dán mã truy cập (bearer token)',
    useToken: 'Dùng mã này', orPickLocal: 'Hoặc chọn mã của trình khởi chạy cục bộ:', signInWithProvider: 'Đăng nhập qua nhà cung cấp định danh',
    tokenInvalid: 'Mã truy cập không đọc được: hãy dán lại toàn bộ mã.', tokenExpired: 'Mã truy cập đã hết hạn: hãy đăng nhập lại.',
    signedInAs: 'Người dùng', role: 'vai trò', organisation: 'Tổ chức',
    loading: 'Đang tải…', retry: 'Thử lại',
    notInOrganisation: 'Không thuộc tổ chức của bạn: tổ chức hoặc hồ sơ này nằm ngoài phạm vi bạn được xem.',
    notYetKnown: 'Báo cáo chưa cập nhật tổ chức này; thử lại sau vài giây.',
    networkError: 'Không kết nối được máy chủ API', forbidden: 'Vai trò của bạn không được xem nội dung này.',
    unauthorised: 'Phiên đăng nhập không hợp lệ hoặc đã hết hạn: hãy đăng nhập lại.',
    searchOrganisations: 'Tìm tổ chức (không cần dấu)', searchNoResult: 'Không có tổ chức nào khớp. Thử một phần khác của tên, không cần dấu.',
    children: 'Tổ chức trực thuộc', noChildren: 'Không có tổ chức trực thuộc.', up: 'Lên cấp trên',
    year: 'Năm', term: 'Nhiệm kỳ', period: 'Kỳ báo cáo', show: 'Xem',
    target: 'Chỉ tiêu', admitted: 'Đã kết nạp', achievement: 'Tỷ lệ hoàn thành',
    noTarget: 'chưa giao', noTargetHint: 'Chưa có chỉ tiêu: cấp trên giao chỉ tiêu qua PUT /api/v1/targets/{orgId}/{kỳ}.',
    byChild: 'Theo tổ chức trực thuộc', forecastTitle: 'Dự báo cuối kỳ', shortfall: 'Thiếu so với chỉ tiêu',
    willFallShort: 'Dự báo không đạt chỉ tiêu', onTrack: 'Dự báo đạt chỉ tiêu',
    download: 'Tải về', downloadXlsx: 'Tải Excel (XLSX)', downloadCsv: 'Tải CSV', downloaded: 'Đã tải',
    coverageOf: 'Xem địa bàn, chi bộ của tổ chức này',
    emptyTable: 'Không có dòng nào.',
    emptyChildren: 'Tổ chức này chưa có tổ chức trực thuộc: chọn tổ chức cấp trên để so sánh.',
    emptyReport: 'Chưa có số liệu trong kỳ này: chọn kỳ khác, hoặc kiểm tra dữ liệu đã nhập ở cơ sở.',
    emptyQueue: 'Không có việc nào đến hạn trong {days} ngày tới. Mở rộng khoảng thời gian, hoặc chọn tổ chức cấp trên.',
    emptyCandidates: 'Không tìm thấy quần chúng nào. Gõ một phần họ tên (không cần dấu) hoặc chọn tổ chức cấp trên.',
    emptyHistory: 'Chưa có sự kiện nào.',
    within: 'Trong vòng (ngày)', onlyOverdue: 'Chỉ việc quá hạn', due: 'Hạn', step: 'Việc', rule: 'Quy định', overdueMark: 'Quá hạn',
    cell: 'Chi bộ', caseId: 'Hồ sơ', candidate: 'Quần chúng',
    searchCandidates: 'Tìm theo họ tên (không cần dấu)', search: 'Tìm',
    fullName: 'Họ và tên', birthDate: 'Ngày sinh', status: 'Trạng thái', nominatedOn: 'Ngày giới thiệu', source: 'Nguồn',
    history: 'Quá trình', backToSearch: 'Quay lại tìm kiếm', more: 'Xem thêm',
    warnings: 'Lưu ý', asOf: 'Số liệu tính đến', count: 'Số lượng', percent: 'Tỷ lệ %',
    conversion: 'Chuyển tiếp %', medianDays: 'Trung vị ngày làm việc',
  },
  en: {
    appTitle: 'Party membership development console',
    switchLanguage: 'Tiếng Việt',
    overview: 'Overview', funnel: 'Funnel', newMembers: 'New members', coverage: 'Coverage',
    queue: 'Work queue', candidates: 'Candidates',
    signIn: 'Sign in', signOut: 'Sign out', pasteToken: 'Paste an access (bearer) token',
    useToken: 'Use this token', orPickLocal: 'Or pick one of the local launcher\'s tokens:', signInWithProvider: 'Sign in with the identity provider',
    tokenInvalid: 'The token cannot be read: paste the whole token again.', tokenExpired: 'The token has expired: sign in again.',
    signedInAs: 'User', role: 'role', organisation: 'Organisation',
    loading: 'Loading…', retry: 'Retry',
    notInOrganisation: 'Not in your organisation: this organisation or record is outside what you may see.',
    notYetKnown: 'Reporting has not learned this organisation yet; try again in a few seconds.',
    networkError: 'The API server cannot be reached', forbidden: 'Your role may not see this.',
    unauthorised: 'Your session is invalid or has expired: sign in again.',
    searchOrganisations: 'Search organisations (accents optional)', searchNoResult: 'No organisation matches. Try another part of the name; accents are optional.',
    children: 'Child organisations', noChildren: 'No child organisations.', up: 'Up one level',
    year: 'Year', term: 'Term', period: 'Period', show: 'Show',
    target: 'Target', admitted: 'Admitted', achievement: 'Achieved',
    noTarget: 'not set', noTargetHint: 'No target yet: the parent organisation sets it with PUT /api/v1/targets/{orgId}/{period}.',
    byChild: 'By child organisation', forecastTitle: 'Forecast for the period\'s end', shortfall: 'Short of the target',
    willFallShort: 'Expected to fall short', onTrack: 'Expected to meet the target',
    download: 'Download', downloadXlsx: 'Download Excel (XLSX)', downloadCsv: 'Download CSV', downloaded: 'Downloaded',
    coverageOf: 'Coverage of this organisation',
    emptyTable: 'No rows.',
    emptyChildren: 'This organisation has no child organisations: pick its parent to compare.',
    emptyReport: 'No figures in this period yet: pick another period, or check what the cells have recorded.',
    emptyQueue: 'Nothing falls due in the next {days} days. Widen the window, or pick a parent organisation.',
    emptyCandidates: 'No candidate found. Type part of the name (accents optional) or pick a parent organisation.',
    emptyHistory: 'Nothing recorded yet.',
    within: 'Within (days)', onlyOverdue: 'Overdue only', due: 'Due', step: 'Step', rule: 'Rule', overdueMark: 'Overdue',
    cell: 'Cell', caseId: 'Case', candidate: 'Candidate',
    searchCandidates: 'Search by name (accents optional)', search: 'Search',
    fullName: 'Full name', birthDate: 'Born', status: 'Status', nominatedOn: 'Nominated on', source: 'Source',
    history: 'History', backToSearch: 'Back to the search', more: 'More',
    warnings: 'Warnings', asOf: 'Figures as of', count: 'Count', percent: '%',
    conversion: 'Conversion %', medianDays: 'Median working days',
  },
};

let language = localStorage.getItem('partydev.language') === 'en' ? 'en' : 'vi';

export function lang() {
  return language;
}

export function setLang(next) {
  language = next === 'en' ? 'en' : 'vi';
  localStorage.setItem('partydev.language', language);
  document.documentElement.lang = language;
}

/** The word for key in the current language, with {name} placeholders filled. */
export function t(key, values = {}) {
  const text = WORDS[language][key] ?? WORDS.vi[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => String(values[name] ?? ''));
}

/** The Vietnamese or English one of a pair the API gives (titleVi/titleEn, vi/en). */
export function pick(vi, en) {
  return language === 'en' ? (en ?? vi) : (vi ?? en);
}

/** Numbers and dates as the language writes them (1.234,5 in Vietnamese). */
export function number(value, digits) {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value !== 'number') return String(value);
  const options = digits === undefined ? {} : { minimumFractionDigits: digits, maximumFractionDigits: digits };
  return value.toLocaleString(language === 'en' ? 'en-GB' : 'vi-VN', options);
}
