"""The labels of ../shared/labeling-guide.md: stable keys and the Vietnamese names charts show."""

from __future__ import annotations

THEMES: dict[str, str] = {
    "an_ninh_quoc_gia": "An ninh quốc gia",
    "toi_pham": "Phòng, chống tội phạm",
    "trat_tu_giao_thong": "Trật tự an toàn giao thông",
    "quan_ly_hanh_chinh": "Quản lý hành chính về TTXH",
    "phong_trao_toan_dan": "Phong trào toàn dân bảo vệ ANTQ",
    "xay_dung_luc_luong": "Xây dựng lực lượng Công an",
    "khac": "Khác",
}

STANCES: dict[str, str] = {
    "phe_binh": "Phê bình, phản ánh hạn chế",
    "khen_ngoi": "Khen ngợi, ghi nhận",
    "kien_nghi": "Kiến nghị, đề xuất",
}
